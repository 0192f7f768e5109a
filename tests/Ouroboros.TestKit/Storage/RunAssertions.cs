using Shouldly;
using Ouroboros.Core.Journal;

namespace Ouroboros.TestKit.Storage;

/// <summary>
/// Field-for-field comparison of runs. Records are compared with their value equality (instants to the tick) and
/// with their printed form, which also catches a lost decimal scale (1.50 read back as 1.5).
/// </summary>
public static class RunAssertions
{
    public static void ShouldMatchExactly(this RunRecord actual, RunRecord expected)
    {
        actual.Summary.ShouldMatchExactly(expected.Summary);
        actual.Parameters.ToList().ShouldBe(expected.Parameters.ToList());
        SameItems(actual.Orders, expected.Orders, "order");
        SameItems(actual.Fills, expected.Fills, "fill");
        SameItems(actual.Trades, expected.Trades, "trade");
        SameItems(actual.Equity, expected.Equity, "equity point");
        SameItems(actual.RiskDecisions, expected.RiskDecisions, "risk decision");
        SameItems(actual.RiskEvents ?? [], expected.RiskEvents ?? [], "risk event"); // null and empty mean "none"
        actual.ResultJson.ShouldBe(expected.ResultJson);
    }

    public static void ShouldMatchExactly(this RunSummary actual, RunSummary expected)
    {
        (actual with { Metrics = expected.Metrics }).ShouldBe(expected);
        actual.Metrics.ToList().ShouldBe(expected.Metrics.ToList());
    }

    private static void SameItems<T>(IReadOnlyList<T> actual, IReadOnlyList<T> expected, string what)
    {
        actual.Count.ShouldBe(expected.Count, $"number of {what}s");
        for (var i = 0; i < expected.Count; i++)
        {
            var same = EqualityComparer<T>.Default.Equals(actual[i], expected[i]) && actual[i]?.ToString() == expected[i]?.ToString();
            same.ShouldBeTrue($"{what} #{i} differs:\n  expected {expected[i]}\n  actual   {actual[i]}");
        }
    }
}
