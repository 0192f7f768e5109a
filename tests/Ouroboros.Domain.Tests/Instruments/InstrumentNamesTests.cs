using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.TestKit;

namespace Ouroboros.Domain.Tests.Instruments;

/// <summary>Bundled KRX codes read as "KODEX 200 (069500)"; unknown ones stay as their id.</summary>
public sealed class InstrumentNamesTests
{
    [Fact]
    public void A_bundled_krx_code_reads_as_its_name_and_code() =>
        InstrumentNames.Display(new InstrumentId("KRX:069500")).ShouldBe("KODEX 200 (069500)");

    [Theory]
    [InlineData("KRX:999999")]
    [InlineData("US:SPY")]
    [InlineData("CSV:069500")]
    public void An_unknown_instrument_falls_back_to_its_id(string id) =>
        InstrumentNames.Display(new InstrumentId(id)).ShouldBe(id);

    [Fact]
    public void Every_bundled_krx_series_has_a_name()
    {
        var codes = Directory.GetFiles(RepoPaths.Data("kr"), "krx-*-daily.csv").Select(f => Path.GetFileName(f).Split('-')[1]).ToList();
        codes.ShouldNotBeEmpty();
        codes.Where(c => InstrumentNames.NameOf(new InstrumentId("KRX:" + c)) is null).ShouldBeEmpty();
    }
}
