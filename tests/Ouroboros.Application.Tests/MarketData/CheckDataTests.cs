using Ouroboros.Application.MarketData;
using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests.MarketData;

/// <summary>Checking a data file: the series as loaded, its gaps, and the market calendar when a venue is named.</summary>
public sealed class CheckDataTests
{
    private static CheckData UseCase() => new(new MarketDataLoader(null));

    [Fact]
    public void A_bundled_file_is_loaded_with_its_range_and_gaps()
    {
        var file = RepoPaths.Data("calendar-check", "krx-069500-daily-with-nav-2025-2026.csv");

        var result = UseCase().Execute(new CheckDataRequest(file, Venue.Krx));

        result.File.ShouldBe(file);
        result.Series.Count.ShouldBe(319);
        result.Series.First!.Value.ShouldBeLessThan(result.Series.Last!.Value);
        result.Gaps.ShouldNotBeNull();
    }

    [Fact]
    public void A_missing_file_is_a_data_problem_naming_the_file()
    {
        using var tmp = new TempDirectory();
        var missing = tmp.File("nope.csv");

        var error = Should.Throw<MarketDataException>(() => UseCase().Execute(new CheckDataRequest(missing)));

        error.Message.ShouldContain("file not found");
    }

    [Fact]
    public void A_weekend_bar_is_refused_when_the_venue_calendar_is_checked_but_not_without_it()
    {
        using var tmp = new TempDirectory();
        var file = tmp.File("weekend.csv");
        File.WriteAllLines(file,
        [
            "date,open,high,low,close,volume",
            "2025-10-02,100,101,99,100,1000",
            "2025-10-04,100,101,99,100,1000",
        ]);

        UseCase().Execute(new CheckDataRequest(file)).Series.Count.ShouldBe(2);
        Should.Throw<MarketDataException>(() => UseCase().Execute(new CheckDataRequest(file, Venue.Krx))).Message.ShouldContain("2025-10-04 is on a Saturday");
    }
}
