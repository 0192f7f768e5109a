using System.Globalization;
using Ouroboros.Fakes.Kis;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests.Kis;

/// <summary>`ouroboros data fetch --source kis` as a real process against the KIS fake: paged, oldest first, resumable.</summary>
public sealed class KisDataFetchCommandTests
{
    private const string DailyPath = "inquire-daily-itemchartprice";

    /// <summary>Every weekday of 2025 (261 bars), prices moving so that each row is its own.</summary>
    private static List<FakeKisBar> Year2025()
    {
        var bars = new List<FakeKisBar>();
        for (var d = new DateTime(2025, 1, 1); d.Year == 2025; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            var open = 70_000m + bars.Count * 100m;
            bars.Add(new FakeKisBar(d, open, open + 500m, open - 300m, open + 200m, 1_000_000m + bars.Count));
        }
        return bars;
    }

    private static string Row(FakeKisBar b, bool intraday) =>
        (intraday
            ? new DateTimeOffset(b.Time, TimeSpan.FromHours(9)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : b.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        + string.Create(CultureInfo.InvariantCulture, $",{b.Open},{b.High},{b.Low},{b.Close},{b.Volume}");

    private static string[] Rows(string file) => File.ReadAllLines(file).Where(l => l.Length > 0).ToArray();

    private static string[] Fetch(string file, string from, string to) =>
        ["data", "fetch", "--source", "kis", "--symbol", "005930", "--interval", "1d", "--from", from, "--to", to, "--out", file, "--db", Path.ChangeExtension(file, ".db")];

    [Fact]
    public async Task A_year_of_daily_bars_arrives_in_windows_oldest_first_in_the_backtesters_layout()
    {
        await using var kis = await KisFakeHosts.StartAsync();
        var bars = Year2025();
        kis.Rest.AddDailyBars("005930", bars);
        using var tmp = new TempDirectory();
        var file = tmp.File("krx-005930-daily.csv");

        var run = await CliRunner.RunAsync(Fetch(file, "2025-01-01", "2025-12-31"), kis.Environment(), tmp.Path);

        run.ExitCode.ShouldBe(0, run.Stdout + run.Stderr);
        run.Stdout.ShouldContain($"Wrote 261 bars to {file}, 2025-01-01 to 2025-12-31 (3 calls).");
        Rows(file).ShouldBe(["date,open,high,low,close,volume", .. bars.Select(b => Row(b, intraday: false))]);
        // One call per window; a call the fake's limiter refused (EGW00201) is retried by the client and not a window.
        (kis.Rest.Requests.Count(r => r.Path.Contains(DailyPath, StringComparison.Ordinal)) - kis.Rest.RateLimitRejections).ShouldBe(3);

        // The fake's bars are every weekday (holidays too), so only the layout is checked here, not the KRX calendar.
        var check = await CliRunner.RunAsync(["data", "check", file], workingDirectory: tmp.Path);
        check.ExitCode.ShouldBe(0, check.Stdout + check.Stderr);
    }

    [Fact]
    public async Task An_existing_file_is_continued_after_its_last_bar_without_duplicates()
    {
        await using var kis = await KisFakeHosts.StartAsync();
        var bars = Year2025();
        kis.Rest.AddDailyBars("005930", bars);
        using var tmp = new TempDirectory();
        var file = tmp.File("bars.csv");

        var first = await CliRunner.RunAsync(Fetch(file, "2025-01-01", "2025-06-30"), kis.Environment(), tmp.Path);
        var second = await CliRunner.RunAsync(Fetch(file, "2025-01-01", "2025-12-31"), kis.Environment(), tmp.Path);

        first.ExitCode.ShouldBe(0, first.Stdout + first.Stderr);
        second.ExitCode.ShouldBe(0, second.Stdout + second.Stderr);
        second.Stdout.ShouldContain($"{file} already held bars up to 2025-06-30: continuing after it.");
        second.Stdout.ShouldContain("Wrote 132 bars");
        Rows(file).ShouldBe(["date,open,high,low,close,volume", .. bars.Select(b => Row(b, intraday: false))]);
    }

    [Fact]
    public async Task A_failure_mid_way_keeps_the_bars_written_and_says_how_to_resume()
    {
        await using var kis = await KisFakeHosts.StartAsync();
        var bars = Year2025();
        kis.Rest.AddDailyBars("005930", bars);
        var failing = true;
        kis.Rest.Inject(new FakeKisFault(FakeKisFaultKind.PlainServerError,
            r => Volatile.Read(ref failing) && r.Path.Contains(DailyPath, StringComparison.Ordinal) && r.QueryValue("FID_INPUT_DATE_1") == "20250521", Times: 100));
        using var tmp = new TempDirectory();
        var file = tmp.File("bars.csv");

        var broken = await CliRunner.RunAsync(Fetch(file, "2025-01-01", "2025-12-31"), kis.Environment(), tmp.Path);

        broken.ExitCode.ShouldBe(1, broken.Stdout + broken.Stderr);
        broken.Stderr.ShouldContain("error: stopped: the window 2025-05-21 to 2025-10-07 failed");
        broken.Stderr.ShouldContain($"Everything up to 2025-05-20 is in {file}; run the same command again to continue after the last bar.");
        var kept = bars.Where(b => b.Time <= new DateTime(2025, 5, 20)).Select(b => Row(b, intraday: false)).ToList();
        Rows(file).ShouldBe(["date,open,high,low,close,volume", .. kept]);

        Volatile.Write(ref failing, false);
        var resumed = await CliRunner.RunAsync(Fetch(file, "2025-01-01", "2025-12-31"), kis.Environment(), tmp.Path);

        resumed.ExitCode.ShouldBe(0, resumed.Stdout + resumed.Stderr);
        resumed.Stdout.ShouldContain("already held bars up to 2025-05-20: continuing after it.");
        Rows(file).ShouldBe(["date,open,high,low,close,volume", .. bars.Select(b => Row(b, intraday: false))]);
    }

    [Fact]
    public async Task Todays_minute_bars_arrive_paged_in_utc_and_the_minute_still_open_is_left_out()
    {
        await using var kis = await KisFakeHosts.StartAsync();
        var nowKst = DateTime.UtcNow.AddHours(9);
        var lastEnded = new DateTime(nowKst.Year, nowKst.Month, nowKst.Day, nowKst.Hour, nowKst.Minute, 0).AddMinutes(-2);
        var start = lastEnded.AddMinutes(-44) < lastEnded.Date ? lastEnded.Date : lastEnded.AddMinutes(-44);
        var minutes = new List<FakeKisBar>();
        for (var t = start; t <= lastEnded; t = t.AddMinutes(1))
            minutes.Add(new FakeKisBar(t, 71_000m + minutes.Count * 100m, 71_100m + minutes.Count * 100m, 70_900m, 71_000m + minutes.Count * 100m, 100m + minutes.Count));
        // A bar stamped in the future is still open: it must not be written.
        var open = new FakeKisBar(lastEnded.AddMinutes(5), 80_000m, 80_000m, 80_000m, 80_000m, 1m);
        kis.Rest.AddMinuteBars("005930", [.. minutes, open]);
        using var tmp = new TempDirectory();
        var file = tmp.File("minutes.csv");

        var run = await CliRunner.RunAsync(["data", "fetch", "--source", "kis", "--symbol", "005930", "--interval", "1m", "--out", file, "--db", tmp.File("j.db")],
            kis.Environment(), tmp.Path);

        run.ExitCode.ShouldBe(0, run.Stdout + run.Stderr);
        Rows(file).ShouldBe(["date,open,high,low,close,volume", .. minutes.Select(b => Row(b, intraday: true))]);
        var again = await CliRunner.RunAsync(["data", "fetch", "--source", "kis", "--symbol", "005930", "--interval", "1m", "--out", file, "--db", tmp.File("j.db")],
            kis.Environment(), tmp.Path);
        again.ExitCode.ShouldBe(0, again.Stdout + again.Stderr);
        again.Stdout.ShouldContain("continuing after it.");
        Rows(file).Length.ShouldBe(minutes.Count + 1);
    }

    [Fact]
    public async Task Minute_bars_of_an_overseas_market_are_refused_as_bad_input()
    {
        using var tmp = new TempDirectory();

        var run = await CliRunner.RunAsync(["data", "fetch", "--source", "kis", "--symbol", "AAPL", "--market", "NASD", "--interval", "1m", "--out", tmp.File("a.csv")],
            new Dictionary<string, string> { ["KIS_APP_KEY"] = "", ["APP_KEY"] = "" }, tmp.Path);

        run.ExitCode.ShouldBe(2, run.Stdout + run.Stderr);
        run.Stderr.ShouldContain("--interval 1m: KIS gives minute bars of today for KRX only, not NASD");
    }
}
