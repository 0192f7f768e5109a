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

        var (code, _, stderr) = await InProcess.RunAsync("data", "check", file, "--venue", "krx", "--db", tmp.File("j.db"));

        code.ShouldBe(2);
        stderr.ShouldContain("2025-10-03 is on a KRX holiday (National Foundation Day)");
        stderr.ShouldContain("2025-10-04 is on a Saturday");
    }

    [Fact]
    public async Task Real_krx_data_of_2025_and_2026_passes_the_session_check()
    {
        using var tmp = new TempDirectory();
        var (code, stdout, stderr) = await InProcess.RunAsync("data", "check", RepoPaths.Data("calendar-check", "krx-069500-daily-with-nav-2025-2026.csv"),
            "--venue", "krx", "--db", tmp.File("j.db"));

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("319 bars");
    }
}
