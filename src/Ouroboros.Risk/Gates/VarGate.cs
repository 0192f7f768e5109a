using System.Buffers;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies an entry when the portfolio after it has a 95% one-day value at risk above <see cref="LimitFraction"/> of
/// equity.
/// <para>
/// Historical simulation: the portfolio after the order (the account's positions, with this instrument's position
/// replaced by the position after the order at the reference price) is revalued under each of the last N days' actual
/// returns, N being the fewest returns any held instrument has. Scenario i loses or gains Σ_j signed value_j × r_j,i.
/// It assumes no distribution — fat tails and skew stay in — and it uses the instruments' real co-movement on the same
/// days instead of an estimated correlation matrix, which is exactly what breaks down in a crash.
/// </para>
/// <para>
/// Percentile, nearest rank: the 5th percentile of N scenario P&amp;Ls is the k-th smallest with k = ⌈0.05·N⌉ (the
/// worst of 20, the 2nd worst of 40, the 5th worst of 100), with no interpolation; VaR is minus that P&amp;L (negative
/// when even that scenario gains). An entry is allowed while VaR ≤ limit.
/// </para>
/// <para>
/// The returns of different instruments are paired by date (only dates on which every held instrument has a return
/// count), so markets with different holidays never mix different days. Data missing (denies): equity, the
/// positions, a position's price, the position in the
/// instrument, the reference price, or fewer than <see cref="MinObservations"/> returns for any held instrument.
/// Exits reduce VaR in all but contrived hedges and are never held back.
/// </para>
/// </summary>
public sealed class VarGate : IRiskGate
{
    public const string GateName = "var";
    public const int MinimumObservations = 10;

    /// <summary>Position values up to this count live on the stack; a larger book falls back to one small array.</summary>
    private const int StackPositions = 64;

    public VarGate(decimal limitFraction, int minObservations)
    {
        if (limitFraction is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(limitFraction), limitFraction, "The VaR limit is a fraction of equity in (0, 1], e.g. 0.05.");
        if (minObservations < MinimumObservations)
            throw new ArgumentOutOfRangeException(nameof(minObservations), minObservations, "A 95% VaR needs at least 10 daily returns per instrument to say anything about the 5% tail.");
        LimitFraction = limitFraction;
        MinObservations = minObservations;
    }

    public string Name => GateName;
    public decimal LimitFraction { get; }
    public int MinObservations { get; }

    /// <summary>k of the nearest-rank 5th percentile: ⌈0.05·n⌉, at least 1.</summary>
    public static int PercentileRank(int observations) => Math.Max(1, (observations + 19) / 20);

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsEntry) return RiskVerdict.Approved;
        var own = check.Instrument.Id;
        if (check.Account.Equity is not { } equity)
            return RiskVerdict.Missing(Name, "equity is unknown", RiskFigure.Of("equity", (decimal?)null));
        if (check.Account.Positions is not { } positions)
            return RiskVerdict.Missing(Name, "the account's positions are unknown");
        if (check.PositionAfter is not { } after)
            return RiskVerdict.Missing(Name, $"the position in {own} is unknown", RiskFigure.Of("position", check.PositionQuantity));
        if (check.ReferencePrice is not { } price)
            return RiskVerdict.Missing(Name, $"no reference price for {own}", RiskFigure.Of("reference_price", check.ReferencePrice));

        // Slot i holds positions[i]; the last slot is this instrument after the order. Zero means "not held".
        var slots = positions.Count + 1;
        Span<decimal> values = slots <= StackPositions ? stackalloc decimal[StackPositions] : new decimal[slots];
        values = values[..slots];
        values.Clear();
        var held = 0;
        for (var i = 0; i < slots; i++)
        {
            InstrumentId id;
            if (i < positions.Count)
            {
                var p = positions[i];
                id = p.Instrument;
                if (id == own || p.Quantity == 0) continue;
                if (p.Price is not { } positionPrice)
                    return RiskVerdict.Missing(Name, $"no price for the position in {id}", new RiskFigure("instrument", id.Value), RiskFigure.Of("quantity", p.Quantity));
                values[i] = p.Quantity * positionPrice;
            }
            else
            {
                id = own;
                if (after == 0) continue;
                values[i] = after * price;
            }
            var count = check.History.DailyReturns(id).Count;
            if (count < MinObservations)
                return RiskVerdict.Missing(Name, $"{id} has {count} daily returns and the VaR needs at least {MinObservations}",
                    new RiskFigure("instrument", id.Value), RiskFigure.Of("observations", count), RiskFigure.Of("min_observations", MinObservations));
            held++;
        }
        if (held == 0) return RiskVerdict.Approved;

        // The scenarios are the dates on which every held instrument has a return: markets with different holidays
        // (or an instrument that missed a day) are paired by date, never by position. Each instrument's lists are
        // looked up once and walked with a cursor from the newest end, so a check costs O(days × held).
        var datesOf = ArrayPool<IReadOnlyList<DateOnly>>.Shared.Rent(held);
        var returnsOf = ArrayPool<IReadOnlyList<double>>.Shared.Rent(held);
        Span<decimal> heldValues = held <= StackPositions ? stackalloc decimal[StackPositions] : new decimal[held];
        Span<int> cursors = held <= StackPositions ? stackalloc int[StackPositions] : new int[held];
        try
        {
            var h = 0;
            var reference = 0;
            for (var i = 0; i < slots; i++)
            {
                if (values[i] == 0) continue;
                var id = i < positions.Count ? positions[i].Instrument : own;
                datesOf[h] = check.History.DailyReturnDates(id);
                returnsOf[h] = check.History.DailyReturns(id);
                heldValues[h] = values[i];
                if (datesOf[h].Count < datesOf[reference].Count) reference = h;
                h++;
            }
            var days = CountCommonDates(datesOf, held, reference, cursors);
            if (days < MinObservations)
                return RiskVerdict.Missing(Name, $"the held instruments share only {days} dates with daily returns and the VaR needs at least {MinObservations}",
                    RiskFigure.Of("observations", days), RiskFigure.Of("min_observations", MinObservations));

            // The k-th smallest scenario P&L, kept in a small sorted buffer instead of sorting every scenario.
            var k = PercentileRank(days);
            Span<decimal> worst = k <= 256 ? stackalloc decimal[256] : new decimal[k];
            worst = worst[..k];
            var kept = 0;
            for (var j = 0; j < held; j++) cursors[j] = datesOf[j].Count - 1;
            var referenceDates = datesOf[reference];
            for (var d = referenceDates.Count - 1; d >= 0; d--)
            {
                var date = referenceDates[d];
                var scenario = 0m;
                var complete = true;
                for (var j = 0; j < held && complete; j++)
                {
                    var at = Seek(datesOf[j], ref cursors[j], date);
                    if (at < 0)
                    {
                        complete = false;
                        continue;
                    }
                    var r = returnsOf[j][at];
                    // Money is summed in decimal; the conversion keeps ~15 significant digits, so clean returns (−0.05)
                    // stay exact and the limit comparison has no binary noise. NaN or infinity means the history is broken.
                    if (!double.IsFinite(r) || Math.Abs(r) > 1e6)
                        return RiskVerdict.Missing(Name, $"a daily return is not a usable number ({r})", RiskFigure.Of("date", new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
                    scenario += heldValues[j] * (decimal)r;
                }
                if (complete) Keep(worst, ref kept, scenario);
            }
            var valueAtRisk = -worst[k - 1];
            var limit = LimitFraction * equity;
            return valueAtRisk > limit
                ? RiskVerdict.Denied(Name,
                    $"95% one-day VaR after the order {valueAtRisk:0.##} exceeds {LimitFraction * 100m:0.##}% of equity {equity:0.##} (limit {limit:0.##}), simulated over the last {days} days of the {held} {(held == 1 ? "instrument" : "instruments")} held after it",
                    RiskFigure.Of("var", valueAtRisk), RiskFigure.Of("limit", limit), RiskFigure.Of("equity", equity), RiskFigure.Of("limit_fraction", LimitFraction),
                    RiskFigure.Of("observations", days), RiskFigure.Of("positions", held), RiskFigure.Of("position_after", after), RiskFigure.Of("reference_price", price))
                : RiskVerdict.Approved;
        }
        finally
        {
            ArrayPool<IReadOnlyList<DateOnly>>.Shared.Return(datesOf, clearArray: true);
            ArrayPool<IReadOnlyList<double>>.Shared.Return(returnsOf, clearArray: true);
        }
    }

    /// <summary>How many of the reference instrument's dates every held instrument also has.</summary>
    private static int CountCommonDates(IReadOnlyList<DateOnly>[] datesOf, int held, int reference, Span<int> cursors)
    {
        for (var j = 0; j < held; j++) cursors[j] = datesOf[j].Count - 1;
        var referenceDates = datesOf[reference];
        var common = 0;
        for (var d = referenceDates.Count - 1; d >= 0; d--)
        {
            var all = true;
            for (var j = 0; j < held && all; j++) all = Seek(datesOf[j], ref cursors[j], referenceDates[d]) >= 0;
            if (all) common++;
        }
        return common;
    }

    /// <summary>Moves the cursor down (dates are ascending, the walk goes newest first) to <paramref name="date"/>; −1 when absent.</summary>
    private static int Seek(IReadOnlyList<DateOnly> dates, ref int cursor, DateOnly date)
    {
        while (cursor >= 0 && dates[cursor] > date) cursor--;
        return cursor >= 0 && dates[cursor] == date ? cursor : -1;
    }

    /// <summary>Inserts <paramref name="value"/> into the ascending buffer of the smallest values seen so far.</summary>
    private static void Keep(Span<decimal> worst, ref int kept, decimal value)
    {
        if (kept == worst.Length && value >= worst[kept - 1]) return;
        var at = kept < worst.Length ? kept++ : worst.Length - 1;
        while (at > 0 && worst[at - 1] > value)
        {
            worst[at] = worst[at - 1];
            at--;
        }
        worst[at] = value;
    }
}
