using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests.Kis;

/// <summary>`ouroboros kis check` as a real process against the KIS fakes: read-only, one line per check, exit 0 or 1.</summary>
public sealed class KisCheckCommandTests
{
    [Fact]
    public async Task Every_check_passes_against_the_fakes_and_a_second_run_reuses_the_journals_token()
    {
        await using var kis = await KisFakeHosts.StartAsync();
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");

        var first = await CliRunner.RunAsync(["kis", "check", "--db", db], kis.Environment(), tmp.Path);
        var second = await CliRunner.RunAsync(["kis", "check", "--db", db, "--json"], kis.Environment(), tmp.Path);

        first.ExitCode.ShouldBe(0, first.Stdout + first.Stderr);
        first.Stdout.ShouldContain("VTS (paper) host " + kis.Rest.BaseUrl);
        first.Stdout.ShouldContain("account ****3456-01");
        Line(first.Stdout, "token").ShouldContain("issued a new token");
        Line(first.Stdout, "balance").ShouldMatch(@"ok\s+cash 10,000,000 KRW, 1 holding$");
        Line(first.Stdout, "quote").ShouldMatch(@"ok\s+005930 71900 KRW$");
        Line(first.Stdout, "websocket").ShouldContain("subscribed to H0STCNT0/005930 and unsubscribed");
        first.Stdout.ShouldContain("All 4 checks passed.");

        second.ExitCode.ShouldBe(0, second.Stdout + second.Stderr);
        using var json = JsonDocument.Parse(second.Stdout);
        json.RootElement.GetProperty("ok").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("environment").GetString().ShouldBe("vts");
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        checks["token"].GetProperty("detail").GetString()!.ShouldContain("reused from the journal's token store");

        kis.Rest.TokensIssued(KisFakeHosts.AppKey).ShouldBe(1);
        kis.Rest.Orders.ShouldBeEmpty();
        kis.Socket.ActiveSubscriptions.ShouldBeEmpty();
        foreach (var run in new[] { first, second })
        {
            (run.Stdout + run.Stderr).ShouldNotContain(KisFakeHosts.AppSecret);
            (run.Stdout + run.Stderr).ShouldNotContain(KisFakeHosts.AppKey);
        }
    }

    [Fact]
    public async Task A_wrong_secret_fails_every_check_with_the_hosts_reason_and_exit_code_1()
    {
        await using var kis = await KisFakeHosts.StartAsync();
        using var tmp = new TempDirectory();
        const string wrong = "a-wrong-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

        var run = await CliRunner.RunAsync(["kis", "check", "--db", tmp.File("journal.db")], kis.Environment(wrong), tmp.Path);

        run.ExitCode.ShouldBe(1, run.Stdout + run.Stderr);
        Line(run.Stdout, "token").ShouldMatch(@"failed\s+Auth: issuing a token: HTTP \d+: EGW\d+ .+");
        Line(run.Stdout, "balance").ShouldContain("failed  not tried: no access token");
        Line(run.Stdout, "quote").ShouldContain("failed  not tried: no access token");
        Line(run.Stdout, "websocket").ShouldMatch(@"failed\s+.*approval key.*EGW\d+");
        run.Stdout.ShouldContain("4 of 4 checks failed.");
        (run.Stdout + run.Stderr).ShouldNotContain(wrong);
        kis.Rest.Orders.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_vts_key_pointed_at_the_real_host_is_refused_before_any_call()
    {
        await using var kis = await KisFakeHosts.StartAsync();
        using var tmp = new TempDirectory();
        var environment = kis.Environment();
        environment["KIS_BASE_URL"] = "https://openapi.koreainvestment.com:9443";

        var run = await CliRunner.RunAsync(["kis", "check", "--db", tmp.File("journal.db")], environment, tmp.Path);

        run.ExitCode.ShouldBe(2, run.Stdout + run.Stderr);
        run.Stderr.ShouldStartWith("error: ");
        run.Stderr.ShouldContain("Kis:RestUrl (KIS_BASE_URL or BASE_URL) is the real host but the key is for the VTS (paper) host");
        kis.Rest.Requests.ShouldBeEmpty();
    }

    private static string Line(string stdout, string check) =>
        stdout.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith(check + " ", StringComparison.Ordinal));
}
