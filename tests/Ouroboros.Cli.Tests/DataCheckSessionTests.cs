using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>`data check --venue` validates bars against the market calendar, listing every problem at once.</summary>
public sealed class DataCheckSessionTests
{
    [Fact]
    public async Task Bars_on_a_krx_holiday_and_a_weekend_are_each_reported()
    {
        using var tmp = new TempDirectory();
        var file = tmp.File("krx.csv");
        await File.WriteAllTextAsync(file, "date,open,high,low,close,volume\n2025-09-30,100,101,99,100,10\n2025-10-01,100,101,99,100,10\n" +
            "2025-10-03,100,101,99,100,10\n2025-10-04,100,101,99,100,10\n");

        var (code, _, stderr) = await InProcess.RunAsync("data", "check", file, "--venue", "krx");

        code.ShouldBe(2);
        stderr.ShouldContain("2025-10-03 is on a KRX holiday (National Foundation Day)");
        stderr.ShouldContain("2025-10-04 is on a Saturday");
    }

    [Fact]
    public async Task Real_krx_data_of_2025_and_2026_passes_the_session_check()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("data", "check", RepoPaths.Data("calendar-check", "krx-069500-daily-with-nav-2025-2026.csv"),
            "--venue", "krx");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("319 bars");
    }

    [Fact]
    public async Task Every_file_is_checked_and_every_broken_one_is_listed_with_one_error_line_at_the_end()
    {
        using var tmp = new TempDirectory();
        var holiday = tmp.Write("holiday.csv", "date,open,high,low,close,volume\n2025-09-30,100,101,99,100,10\n2025-10-03,100,101,99,100,10\n");
        var garbled = tmp.Write("garbled.csv", "this is not,a price file\n1,2\n");
        var good = RepoPaths.Data("calendar-check", "krx-069500-daily-with-nav-2025-2026.csv");

        var (code, stdout, stderr) = await InProcess.RunAsync("data", "check", holiday, tmp.File("missing.csv"), good, garbled, "--venue", "krx");

        code.ShouldBe(2);
        stdout.ShouldContain("319 bars");
        stderr.ShouldContain("2025-10-03 is on a KRX holiday");
        stderr.ShouldContain("missing.csv");
        stderr.ShouldContain("garbled.csv");
        stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ShouldHaveSingleItem()
            .ShouldBe("error: 3 of 4 files failed the check (problems listed above)");
    }

    [Theory]
    [InlineData("bybit")]
    [InlineData("generic")]
    [InlineData("nyse")]
    public async Task A_venue_without_a_session_calendar_check_is_refused(string venue)
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("data", "check", RepoPaths.Data("us", "yahoo-SPY-daily.csv"), "--venue", venue);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().ShouldBe($"error: --venue '{venue}' is not one of krx, us; e.g. --venue krx");
    }
}
