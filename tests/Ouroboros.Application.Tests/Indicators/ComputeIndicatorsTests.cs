using Ouroboros.Application.Backtests;
using Ouroboros.Application.Indicators;
using Ouroboros.Core.Errors;
using Ouroboros.MarketData;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests.Indicators;

/// <summary>Indicators over a file: one column per line, warm-up as null, a window that still warms up on earlier bars.</summary>
public sealed class ComputeIndicatorsTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");

    private static ComputeIndicators UseCase() => new(new MarketDataLoader(null), new BacktestDefaults(false));

    [Fact]
    public void Every_bar_gets_a_row_and_values_are_null_until_the_indicator_is_warm()
    {
        var result = UseCase().Execute(new ComputeIndicatorsRequest(Spy, ["sma:3"]));

        result.Columns.Count.ShouldBe(1);
        result.Intraday.ShouldBeFalse();
        var rows = result.Rows.ToList();
        rows.Count.ShouldBe(result.Series.Count);
        rows[0].Values[0].ShouldBeNull();
        rows[1].Values[0].ShouldBeNull();
        var expected = (double)(result.Series[0].Close + result.Series[1].Close + result.Series[2].Close) / 3;
        rows[2].Values[0]!.Value.ShouldBe(expected, 1e-9);
    }

    [Fact]
    public void A_window_returns_only_its_rows_but_they_are_already_warm()
    {
        var all = UseCase().Execute(new ComputeIndicatorsRequest(Spy, ["sma:3"])).Rows.ToList();
        var from = all[10].Time;
        var to = all[12].Time;

        var rows = UseCase().Execute(new ComputeIndicatorsRequest(Spy, ["sma:3"], from, to)).Rows.ToList();

        rows.Select(r => r.Time).ShouldBe([all[10].Time, all[11].Time, all[12].Time]);
        rows[0].Values[0].ShouldBe(all[10].Values[0]);
    }

    [Fact]
    public void Rows_enumerated_twice_are_the_same()
    {
        var result = UseCase().Execute(new ComputeIndicatorsRequest(Spy, ["sma:3", "rsi:14"]));

        result.Rows.Take(30).Select(r => r.Values.ToArray()).ShouldBe(result.Rows.Take(30).Select(r => r.Values.ToArray()));
    }

    [Fact]
    public void Every_bad_spec_is_reported_at_once_under_the_indicator_input()
    {
        var error = Should.Throw<InvalidInputException>(() => UseCase().Execute(new ComputeIndicatorsRequest(Spy, ["nope:3", "sma:3", "bogus"])));

        error.Input.ShouldBe("indicator");
        error.Message.ShouldContain("nope");
        error.Message.ShouldContain("bogus");
    }

    [Fact]
    public void A_missing_file_is_a_data_problem()
    {
        using var tmp = new TempDirectory();

        Should.Throw<MarketDataException>(() => UseCase().Execute(new ComputeIndicatorsRequest(tmp.File("none.csv"), ["sma:3"])));
    }
}
