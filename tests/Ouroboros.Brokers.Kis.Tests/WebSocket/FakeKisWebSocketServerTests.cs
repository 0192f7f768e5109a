using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Ouroboros.Fakes.Kis.WebSocket;

namespace Ouroboros.Brokers.Kis.Tests.WebSocket;

/// <summary>The fake's answers as a raw client sees them, so that the session's tests rest on a fake that keeps the contract.</summary>
public sealed class FakeKisWebSocketServerTests
{
    private static string Request(string approval, string trType, string trId, string trKey) =>
        new JsonObject
        {
            ["header"] = new JsonObject { ["approval_key"] = approval, ["custtype"] = "P", ["tr_type"] = trType, ["content-type"] = "utf-8" },
            ["body"] = new JsonObject { ["input"] = new JsonObject { ["tr_id"] = trId, ["tr_key"] = trKey } },
        }.ToJsonString();

    private static async Task<(string Code, JsonNode Answer)> AskAsync(ClientWebSocket socket, string request)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(KisStreamHarness.Patience);
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        var answer = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!;
        return ((string)answer["body"]!["msg_cd"]!, answer);
    }

    private static async Task<(FakeKisWebSocketServer Fake, ClientWebSocket Socket)> ConnectAsync()
    {
        var fake = await FakeKisWebSocketServer.StartAsync(new FakeKisWebSocketOptions { PingInterval = null });
        fake.AddApprovalKey("ak", "app");
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(fake.Url + "/tryitout"), CancellationToken.None);
        return (fake, socket);
    }

    [Fact]
    public async Task A_subscription_is_acknowledged_with_a_32_character_key_and_a_16_character_iv_and_a_repeat_with_OPSP0002()
    {
        var (fake, socket) = await ConnectAsync();
        await using var _ = fake;
        using var __ = socket;

        var (code, answer) = await AskAsync(socket, Request("ak", "1", "H0STCNI9", "htsuser"));
        code.ShouldBe("OPSP0000");
        ((string)answer["header"]!["tr_key"]!, ((string)answer["body"]!["output"]!["key"]!).Length, ((string)answer["body"]!["output"]!["iv"]!).Length).ShouldBe(("htsuser", 32, 16));
        (await AskAsync(socket, Request("ak", "1", "H0STCNI9", "htsuser"))).Code.ShouldBe("OPSP0002");
        (await AskAsync(socket, Request("ak", "2", "H0STCNI9", "htsuser"))).Code.ShouldBe("OPSP0001");
        (await AskAsync(socket, Request("ak", "2", "H0STCNI9", "htsuser"))).Code.ShouldBe("OPSP0003");
    }

    [Fact]
    public async Task The_41st_subscription_of_a_session_gets_OPSP0008()
    {
        var (fake, socket) = await ConnectAsync();
        await using var _ = fake;
        using var __ = socket;
        for (var i = 0; i < 40; i++) (await AskAsync(socket, Request("ak", "1", "H0STCNT0", $"{i:000000}"))).Code.ShouldBe("OPSP0000");
        (await AskAsync(socket, Request("ak", "1", "H0STCNT0", "999999"))).Code.ShouldBe("OPSP0008");
    }

    [Theory]
    [InlineData("nope", "H0STCNT0", "005930", "OPSP0011")]
    [InlineData("ak", "H0XXXXX0", "005930", "OPSP8991")]
    [InlineData("ak", "H0STCNT0", "59 30", "OPSP8992")]
    [InlineData("ak", "HDFSCNT0", "AAPL", "OPSP8992")]
    public async Task Bad_requests_get_the_contract_s_OPSP_codes(string approval, string trId, string trKey, string expected)
    {
        var (fake, socket) = await ConnectAsync();
        await using var _ = fake;
        using var __ = socket;
        (await AskAsync(socket, Request(approval, "1", trId, trKey))).Code.ShouldBe(expected);
    }

    [Fact]
    public async Task Unreadable_JSON_gets_OPSP9999()
    {
        var (fake, socket) = await ConnectAsync();
        await using var _ = fake;
        using var __ = socket;
        (await AskAsync(socket, "{not json")).Code.ShouldBe("OPSP9999");
    }
}
