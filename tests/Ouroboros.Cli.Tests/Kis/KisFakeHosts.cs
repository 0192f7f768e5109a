using Ouroboros.Fakes.Kis;
using Ouroboros.Fakes.Kis.WebSocket;

namespace Ouroboros.Cli.Tests.Kis;

/// <summary>
/// The REST and WebSocket KIS fakes of the VTS host, one paper account holding 005930, and the environment a child
/// `ouroboros` process needs to reach them through the seeds' variable names.
/// </summary>
internal sealed class KisFakeHosts : IAsyncDisposable
{
    public const string AppKey = "PSvtsTestKey0123456789abcdefghijklmn";
    public const string AppSecret = "vts-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz-0123456789";
    public const string Cano = "50123456";

    private KisFakeHosts(FakeKisServer rest, FakeKisWebSocketServer socket)
    {
        Rest = rest;
        Socket = socket;
    }

    public FakeKisServer Rest { get; }

    public FakeKisWebSocketServer Socket { get; }

    public static async Task<KisFakeHosts> StartAsync()
    {
        var rest = await FakeKisServer.StartAsync(FakeKisHost.Vts);
        var socket = await FakeKisWebSocketServer.StartAsync();
        // The child process gets its approval key from the REST fake; the WebSocket fake accepts what that fake issued.
        socket.ApprovalKeyOwner = rest.ApprovalKeyOwner;
        rest.AddAccount(FakeKisHost.Vts, AppKey, AppSecret, Cano, "01", new Dictionary<string, decimal> { ["KRW"] = 10_000_000m },
            [new FakeKisHolding("005930", 10, 70_000m)]);
        rest.DefineSymbol("005930", "Samsung Electronics");
        rest.SetPrice("005930", 71_900m);
        return new KisFakeHosts(rest, socket);
    }

    /// <summary>The Ouroboros seed names, as a user's .env would have them (MODE=paper: the VTS host).</summary>
    public Dictionary<string, string> Environment(string secret = AppSecret) => new()
    {
        ["KIS_APP_KEY"] = AppKey,
        ["KIS_APP_SECRET"] = secret,
        ["KIS_ACCOUNT_NO"] = Cano + "-01",
        ["KIS_BASE_URL"] = Rest.BaseUrl,
        ["KIS_WS_URL"] = Socket.Url,
        ["MODE"] = "paper",
        // Seed B's names, empty so that a developer's own variables cannot leak into the child.
        ["APP_KEY"] = "", ["APP_SECRET"] = "", ["CANO"] = "", ["ACNT_PRDT"] = "", ["BASE_URL"] = "", ["RATE_LIMIT_RPS"] = "",
    };

    public async ValueTask DisposeAsync()
    {
        await Socket.DisposeAsync();
        await Rest.DisposeAsync();
    }
}
