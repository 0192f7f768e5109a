using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Core.Planning;

/// <summary>
/// Everything a planner may know when it writes the playbook for <see cref="Date"/> in <see cref="Market"/>:
/// only what was known at <see cref="AsOf"/> (the pre-market planning time). Every bar in
/// <see cref="Instruments"/> closed before <see cref="AsOf"/>; <see cref="Create"/> enforces it.
/// </summary>
public sealed record PlanningRequest
{
    private PlanningRequest(string market, DateOnly date, DateTimeOffset asOf, IReadOnlyList<InstrumentHistory> instruments, int maxScenariosPerInstrument)
    {
        Market = market;
        Date = date;
        AsOf = asOf;
        Instruments = instruments;
        MaxScenariosPerInstrument = maxScenariosPerInstrument;
    }

    public string Market { get; }
    public DateOnly Date { get; }
    public DateTimeOffset AsOf { get; }
    public IReadOnlyList<InstrumentHistory> Instruments { get; }
    public int MaxScenariosPerInstrument { get; }

    /// <summary>
    /// Builds a request, cutting every history at <paramref name="asOf"/>: bars whose close time
    /// (<see cref="InstrumentHistory.CloseTimeOf"/>) is after it are dropped, so no planner can see the future.
    /// </summary>
    public static PlanningRequest Create(
        string market, DateOnly date, DateTimeOffset asOf, IEnumerable<InstrumentHistory> instruments, int maxScenariosPerInstrument = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxScenariosPerInstrument, 1);
        var cut = instruments.Select(h => h.Until(asOf)).ToArray();
        return new PlanningRequest(market, date, asOf, cut, maxScenariosPerInstrument);
    }
}

/// <summary>
/// One instrument's daily bars (oldest first) and the position held at planning time (0 when flat, null when
/// unknown). <see cref="BarLength"/> is how long one bar lasts (a day for daily bars); a bar is known once
/// <c>Time + BarLength</c> has passed.
/// </summary>
public sealed record InstrumentHistory(Instrument Instrument, IReadOnlyList<Bar> Bars, TimeSpan BarLength, decimal? Position = 0m, decimal? AverageCost = null)
{
    public DateTimeOffset CloseTimeOf(in Bar bar) => bar.Time + BarLength;

    /// <summary>This history with only the bars that had closed by <paramref name="asOf"/>.</summary>
    public InstrumentHistory Until(DateTimeOffset asOf)
    {
        var n = Bars.Count;
        while (n > 0 && CloseTimeOf(Bars[n - 1]) > asOf) n--;
        return n == Bars.Count ? this : this with { Bars = Bars.Take(n).ToArray() };
    }
}
