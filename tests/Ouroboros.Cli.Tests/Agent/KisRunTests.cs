using Ouroboros.Fakes.Kis;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// `ouroboros run --broker kis-vts` as a user runs it, against the loopback KIS paper host (REST and WebSocket) named by
/// the seeds' variables: the agent connects with the key, takes the account's cash, subscribes to the KIS feed of every
/// replayed instrument and to its execution notices, and stops cleanly on Ctrl-C with the account's cash in its summary.
/// The market hours are the machine's, so this test does not wait for a trade: the trading itself is
/// Application.Tests' KisAgentRunTests, on a clock the test moves.
/// </summary>
public sealed class KisRunTests
{
    private const string Key = "PSvts0000000000000000000000000000001";
    private static readonly string Secret = new('v', 180);

    [Fact]
    public async Task Run_on_kis_vts_connects_with_the_configured_key_subscribes_its_instruments_and_stops_when_told_with_the_accounts_cash()
    {
        await using var fake = await FakeKis.StartAsync(FakeKisHost.Vts);
        fake.Rest.AddAccount(FakeKisHost.Vts, Key, Secret, "50012345", "01", new Dictionary<string, decimal> { ["KRW"] = 3_000_000m });
        fake.SetHtsId("50012345-01", "htsuser");
        string[] codes = ["069500", "229200", "360750"];
        foreach (var code in codes)
        {
            fake.Rest.DefineSymbol(code, code, isEtf: true);
            fake.Rest.SetPrice(code, 10_000m);
        }
        using var replay = new SmallReplay(rows: 30);
        using var agent = BackgroundAgent.Start(replay.Run("--broker", "kis-vts"), new Dictionary<string, string>
        {
            ["MODE"] = "paper", ["KIS_APP_KEY"] = Key, ["KIS_APP_SECRET"] = Secret, ["KIS_ACCOUNT_NO"] = "50012345-01",
            ["KIS_BASE_URL"] = fake.Rest.BaseUrl, ["KIS_WS_URL"] = fake.WebSocket.Url, ["OUROBOROS_Kis__HtsId"] = "htsuser",
        });

        await Eventually.HoldsAsync(() => Task.FromResult(fake.WebSocket.ActiveSubscriptions), s => s.Count >= codes.Length + 1, TimeSpan.FromSeconds(60),
            $"the agent's subscriptions (stderr: {agent.Stderr})");
        fake.WebSocket.ActiveSubscriptions.Select(s => s.TrKey).ShouldBe([.. codes, "htsuser"], ignoreOrder: true);
        fake.WebSocket.ActiveSubscriptions.ShouldContain(s => s.TrId == "H0STCNI9", "the paper host's execution notices");
        await agent.TerminateAsync();
        var exit = await agent.ExitCodeAsync(TimeSpan.FromSeconds(30));

        exit.ShouldBe(130, agent.Stderr);
        agent.Stdout.ShouldContain("broker     kis-vts (account kis-vts:krx), cash in KRW as the kis-vts account holds it");
        agent.Stdout.ShouldContain("feed       kis-vts live prices of 3 instruments");
        agent.Stdout.ShouldContain("stopped: stopped by the operator", Case.Sensitive, agent.Stdout + agent.Stderr);
        agent.Stdout.ShouldContain("equity 3,000,000 -> 3,000,000", Case.Sensitive, "the KIS account's cash, not the replay's default");
        agent.Stderr.ShouldNotContain("Exception");
        agent.Stdout.ShouldNotContain(Secret);
        agent.Stderr.ShouldNotContain(Secret);
        fake.Rest.Requests.ShouldNotContain(r => r.Path.Contains("/trading/order", StringComparison.Ordinal), "nothing traded outside market hours on a flat feed");
    }
}
