using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>`markets --at` outside the years a holiday table covers says so, and inside it names past holidays.</summary>
public sealed class MarketsCoverageWarningTests
{
    [Fact]
    public async Task A_date_beyond_the_holiday_table_warns_that_the_table_ends()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("markets", "--at", "2028-01-26T10:00+09:00", "--market", "KRX,NYSE");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("KRX");
        stderr.ShouldContain("warning: KRX: the holiday table ends at 2027");
        stderr.ShouldContain("warning: NYSE: the holiday table ends at 2027");
    }

    [Fact]
    public async Task A_date_inside_the_tables_gives_no_warning()
    {
        var (code, _, stderr) = await InProcess.RunAsync("markets", "--at", "2026-11-23T10:00+09:00", "--market", "KRX");

        code.ShouldBe(0, stderr);
        stderr.ShouldNotContain("warning");
    }

    [Fact]
    public async Task Chuseok_2023_shows_as_a_provisional_krx_holiday()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("markets", "--at", "2023-09-28T10:00+09:00", "--market", "KRX");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("holiday");
        stdout.ShouldContain("Chuseok (provisional)");
        stderr.ShouldNotContain("warning");
    }

    [Fact]
    public async Task Before_1990_krx_holidays_are_not_known_and_the_warning_says_where_the_table_starts()
    {
        var (_, _, stderr) = await InProcess.RunAsync("markets", "--at", "1989-06-01T10:00+09:00", "--market", "KRX");

        stderr.ShouldContain("KRX: the holiday table starts at 1990");
    }

    [Fact]
    public async Task Data_check_for_krx_does_not_call_seollal_and_chuseok_gaps()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("data", "check", RepoPaths.Data("kr", "krx-069500-daily.csv"), "--venue", "krx");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("0 gaps");
        stdout.ShouldNotContain("gap 20");
    }
}
