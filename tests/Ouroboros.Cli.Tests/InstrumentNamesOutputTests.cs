using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>People read KRX instruments by name and code, not as bare ids.</summary>
public sealed class InstrumentNamesOutputTests
{
    [Fact]
    public async Task Data_check_names_a_bundled_krx_instrument()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("data", "check", RepoPaths.Data("kr", "krx-069500-daily.csv"), "--venue", "krx");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("KODEX 200 (069500) 1d");
    }
}
