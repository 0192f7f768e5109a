using System.Globalization;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Xunit.Sdk;

namespace Ouroboros.TestKit;

/// <summary>
/// Compares two runs' orders, fills and equity curves item by item and fails with the first difference (a count
/// mismatch is reported after the common prefix, so the first extra or missing item is the one shown).
/// </summary>
public static class RunComparison
{
    /// <summary>Instrument, side, type, quantity, limit, stop, status, filled quantity, average price, fees and reason; ids too when asked.</summary>
    public static void SameOrders(IReadOnlyList<OrderSnapshot> expected, IReadOnlyList<OrderSnapshot> actual, string context, bool ids = false) =>
        Same(expected, actual, o => Describe(o, ids), "order", context);

    /// <summary>Instrument, side, quantity, price, fee and time; fill and order ids too when asked.</summary>
    public static void SameFills(IReadOnlyList<Fill> expected, IReadOnlyList<Fill> actual, string context, bool ids = false) =>
        Same(expected, actual, f => Describe(f, ids), "fill", context);

    public static void SameEquity(IReadOnlyList<EquityPoint> expected, IReadOnlyList<EquityPoint> actual, string context) =>
        Same(expected, actual, p => Invariant($"{p.Time:O} equity {N(p.Equity)} cash {N(p.Cash)}"), "equity point", context);

    private static void Same<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, string> describe, string what, string context)
    {
        var common = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < common; i++)
        {
            var e = describe(expected[i]);
            var a = describe(actual[i]);
            if (e != a) throw new XunitException($"{context}: {what} #{i + 1} of {expected.Count} differs\n  expected: {e}\n  actual:   {a}");
        }
        if (expected.Count != actual.Count)
        {
            var extra = expected.Count > actual.Count ? $"missing {describe(expected[common])}" : $"extra {describe(actual[common])}";
            throw new XunitException($"{context}: expected {expected.Count} {what}s, got {actual.Count}; first difference at #{common + 1}: {extra}");
        }
    }

    private static string Describe(OrderSnapshot o, bool ids)
    {
        var r = o.Request;
        var id = ids ? $"{r.Id} " : "";
        return Invariant($"{id}{r.Instrument} {r.Side} {r.Type} qty {N(r.Quantity)} limit {N(r.LimitPrice)} stop {N(r.StopPrice)} -> {o.Status} filled {N(o.FilledQuantity)} avg {N(o.AverageFillPrice)} fees {N(o.Fees)} reason '{o.Reason}'");
    }

    private static string Describe(Fill f, bool ids)
    {
        var id = ids ? $"{f.Id} of {f.OrderId} " : "";
        return Invariant($"{id}{f.Instrument} {f.Side} {N(f.Quantity)} at {N(f.Price)} fee {N(f.Fee)} {f.Time:O}");
    }

    // Equal decimals of different scales (1.0 and 1.00) print alike.
    private static string N(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture) ?? "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
