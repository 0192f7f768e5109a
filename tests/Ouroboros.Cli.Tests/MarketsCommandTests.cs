using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>`ouroboros markets` at fixed instants: open flags, sessions and next open/close in each market's local time.</summary>
public sealed class MarketsCommandTests
{
    [Fact]
    public async Task Monday_morning_in_seoul_krx_is_open_and_new_york_is_still_on_sunday_evening()
    {
        var markets = await Json("--at", "2026-11-23T09:30+09:00");

        markets["KRX"].GetProperty("open").GetBoolean().ShouldBeTrue();
        markets["KRX"].GetProperty("session").GetString().ShouldBe("regular");
        markets["KRX"].GetProperty("next_close").GetString().ShouldBe("2026-11-23T15:30:00+09:00");
        markets["KRX"].GetProperty("next_open").GetString().ShouldBe("2026-11-24T09:00:00+09:00");
        markets["NYSE"].GetProperty("open").GetBoolean().ShouldBeFalse();
        markets["NYSE"].GetProperty("session").GetString().ShouldBe("closed");
        markets["NYSE"].GetProperty("next_open").GetString().ShouldBe("2026-11-23T09:30:00-05:00");
        markets["NYSE"].GetProperty("next_close").GetString().ShouldBe("2026-11-23T16:00:00-05:00");
    }

    [Fact]
    public async Task Instants_are_written_with_their_offset_as_plain_text()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("markets", "--json", "--market", "KRX", "--at", "2026-11-21T10:00+09:00");
        code.ShouldBe(0, stderr);
        stdout.Trim().ShouldBe("""[{"market":"KRX","open":false,"session":"closed","next_open":"2026-11-23T09:00:00+09:00","next_close":"2026-11-23T15:30:00+09:00"}]""");
    }

    [Fact]
    public async Task Every_market_is_listed_with_exactly_the_documented_fields()
    {
        var markets = await Json("--at", "2026-11-23T00:30:00Z");

        markets.Keys.ShouldBe(["KRX", "NYSE", "NASDAQ", "AMEX", "TSE", "HKEX", "SSE", "SZSE", "HNX", "HOSE", "CRYPTO"], ignoreOrder: false);
        foreach (var m in markets.Values)
            m.EnumerateObject().Select(p => p.Name).ShouldBe(["market", "open", "session", "next_open", "next_close"]);
    }

    [Fact]
    public async Task Lunch_pre_market_after_hours_and_holidays_are_reported_as_sessions()
    {
        (await Json("--at", "2026-11-24T12:00+09:00", "--market", "TSE"))["TSE"].GetProperty("next_open").GetString().ShouldBe("2026-11-24T12:30:00+09:00");
        (await Json("--at", "2026-11-24T12:00+09:00", "--market", "TSE"))["TSE"].GetProperty("session").GetString().ShouldBe("lunch");
        (await Json("--at", "2026-11-24T08:00-05:00", "--market", "NYSE"))["NYSE"].GetProperty("session").GetString().ShouldBe("pre");
        (await Json("--at", "2026-11-24T17:00-05:00", "--market", "NASDAQ"))["NASDAQ"].GetProperty("session").GetString().ShouldBe("after");
        var thanksgiving = (await Json("--at", "2026-11-26T12:00-05:00", "--market", "NYSE"))["NYSE"];
        thanksgiving.GetProperty("session").GetString().ShouldBe("holiday");
        thanksgiving.GetProperty("next_open").GetString().ShouldBe("2026-11-27T09:30:00-05:00");
        thanksgiving.GetProperty("next_close").GetString().ShouldBe("2026-11-27T13:00:00-05:00");
    }

    [Fact]
    public async Task Crypto_is_open_with_no_next_open_or_close()
    {
        var crypto = (await Json("--at", "2026-12-25T00:00Z", "--market", "crypto"))["CRYPTO"];
        crypto.GetProperty("open").GetBoolean().ShouldBeTrue();
        crypto.GetProperty("next_open").ValueKind.ShouldBe(JsonValueKind.Null);
        crypto.GetProperty("next_close").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Daylight_saving_shows_in_the_new_york_offset()
    {
        var summer = (await Json("--at", "2026-07-06T12:00Z", "--market", "NYSE"))["NYSE"];
        summer.GetProperty("next_close").GetString().ShouldBe("2026-07-06T16:00:00-04:00");
        var winter = (await Json("--at", "2026-11-02T12:00Z", "--market", "NYSE"))["NYSE"];
        winter.GetProperty("next_open").GetString().ShouldBe("2026-11-02T09:30:00-05:00");
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-11-23T09:00")]
    [InlineData("2026-11-23")]
    public async Task A_bad_instant_is_refused_with_a_clear_message(string at)
    {
        var (code, _, stderr) = await InProcess.RunAsync("markets", "--at", at);
        code.ShouldBe(2);
        stderr.ShouldStartWith("error: --at");
        stderr.ShouldContain("offset");
    }

    [Fact]
    public async Task An_unknown_market_lists_the_known_ones()
    {
        var (code, _, stderr) = await InProcess.RunAsync("markets", "--market", "LSE");
        code.ShouldBe(2);
        stderr.ShouldContain("known markets: KRX, NYSE");
    }

    [Fact]
    public async Task The_table_shows_every_market_and_names_holidays()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("markets", "--at", "2026-12-25T12:00+09:00");
        code.ShouldBe(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(13);
        lines.ShouldContain(l => l.StartsWith("KRX ", StringComparison.Ordinal) && l.Contains("holiday", StringComparison.Ordinal) && l.Contains("Christmas Day", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_real_cli_defaults_to_now()
    {
        var run = await CliRunner.RunAsync(["markets", "--json"]);
        run.ExitCode.ShouldBe(0, run.Stderr);
        JsonDocument.Parse(run.Stdout).RootElement.GetArrayLength().ShouldBe(11);
    }

    private static async Task<Dictionary<string, JsonElement>> Json(params string[] args)
    {
        var (code, stdout, stderr) = await InProcess.RunAsync(["markets", "--json", .. args]);
        code.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("market").GetString()!, e => e.Clone());
    }
}
