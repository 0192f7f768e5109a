using System.Text.Json;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Primitives;
using Ouroboros.Live.Replay;

namespace Ouroboros.Live.Agent;

/// <summary>
/// A live feed's slices and staleness marks as journaled inputs and back. A replay can derive its bars again from its
/// files; a live feed cannot, so what the kernel heard from it is kept, and a restart re-runs it. Instruments are
/// stored by id, never by index, so a journal outlives a change in the universe's order.
/// </summary>
internal static class MarketInputs
{
    public const string SliceKind = "slice";
    public const string MarkKind = "price-status";
    public const string PartialKind = "partial-bars";

    public static AgentInput SliceInput(long sequence, long number, DateTimeOffset time, IReadOnlyList<(int Instrument, Bar Bar)> bars,
        IReadOnlyList<InstrumentId> instruments) =>
        new(sequence, number - 1, SliceKind, time, JsonSerializer.Serialize(new SlicePayload(number, time,
            [.. bars.Select(b => new BarPayload(instruments[b.Instrument].Value, b.Bar.Open, b.Bar.High, b.Bar.Low, b.Bar.Close, b.Bar.Volume))])));

    /// <summary>The slice a journaled input holds; instruments the universe no longer has are an error, not a silent drop.</summary>
    public static ReplaySlice ToSlice(AgentInput input, IReadOnlyDictionary<InstrumentId, int> index, bool dailyBars, MarketCalendar? calendar)
    {
        var p = JsonSerializer.Deserialize<SlicePayload>(input.Payload) ?? throw new InvalidDataException($"live slice input {input.Sequence} has no payload");
        var bars = new List<(int, Bar)>(p.Bars.Count);
        foreach (var b in p.Bars) bars.Add((IndexOf(index, b.Instrument, input.Sequence), new Bar(p.Time, b.Open, b.High, b.Low, b.Close, b.Volume)));
        return new ReplaySlice(p.Number, p.Time, ReplaySlices.TradingDateOf(p.Time, dailyBars, calendar), bars);
    }

    public static AgentInput MarkInput(long sequence, long afterSlices, PriceStatusCommand mark) =>
        new(sequence, afterSlices, MarkKind, mark.Time, JsonSerializer.Serialize(new MarkPayload(mark.Instrument.Value, mark.Stale, mark.LastEventAt,
            mark.Silence.Ticks, mark.By, mark.Reason, mark.Time)));

    public static PriceStatusCommand? ToMark(AgentInput input)
    {
        if (input.Kind != MarkKind) return null;
        var p = JsonSerializer.Deserialize<MarkPayload>(input.Payload) ?? throw new InvalidDataException($"price-status input {input.Sequence} has no payload");
        return new PriceStatusCommand(new InstrumentId(p.Instrument), p.Stale, p.LastEventAt, TimeSpan.FromTicks(p.SilenceTicks), p.By, p.Reason, p.Time);
    }

    /// <summary>A message the agent posts as a journaled input: a rescan's partial bars, a feed's mark, or an operator's command.</summary>
    public static AgentInput ToInput(long sequence, long afterSlices, KernelMessage message, IReadOnlyList<InstrumentId> instruments) => message switch
    {
        PartialBarsCommand partial => PartialInput(sequence, afterSlices, partial, instruments),
        PriceStatusCommand mark => MarkInput(sequence, afterSlices, mark),
        OperatorCommand command => OperatorInputs.ToInput(sequence, afterSlices, command),
        ExecutionReport report => ExecutionInputs.ToInput(sequence, afterSlices, report),
        _ => throw new ArgumentException($"{message.GetType().Name} is not journaled as an input", nameof(message)),
    };

    /// <summary>The message a journaled input re-applies: an operator's command, a feed's mark, a rescan's partial bars or a live broker's report; null for slices.</summary>
    public static KernelMessage? ToMessage(AgentInput input, IReadOnlyDictionary<InstrumentId, int> index) =>
        (KernelMessage?)OperatorInputs.ToCommand(input) ?? (KernelMessage?)ToMark(input) ?? (KernelMessage?)ToPartial(input, index) ?? ExecutionInputs.ToReport(input);

    private static AgentInput PartialInput(long sequence, long afterSlices, PartialBarsCommand partial, IReadOnlyList<InstrumentId> instruments) =>
        new(sequence, afterSlices, PartialKind, partial.Time, JsonSerializer.Serialize(new PartialPayload(partial.Time,
            [.. partial.Bars.Select(p => new PartialBarPayload(instruments[p.Instrument].Value, p.Bar.Time, p.Bar.Open, p.Bar.High, p.Bar.Low, p.Bar.Close, p.Bar.Volume, p.AsOf))])));

    private static PartialBarsCommand? ToPartial(AgentInput input, IReadOnlyDictionary<InstrumentId, int> index)
    {
        if (input.Kind != PartialKind) return null;
        var p = JsonSerializer.Deserialize<PartialPayload>(input.Payload) ?? throw new InvalidDataException($"partial-bars input {input.Sequence} has no payload");
        return new PartialBarsCommand(p.Time, [.. p.Bars.Select(b => new PartialBar(IndexOf(index, b.Instrument, input.Sequence),
            new Bar(b.Period, b.Open, b.High, b.Low, b.Close, b.Volume), b.AsOf))]);
    }

    private static int IndexOf(IReadOnlyDictionary<InstrumentId, int> index, string instrument, long sequence) =>
        index.TryGetValue(new InstrumentId(instrument), out var i)
            ? i
            : throw new InvalidDataException($"input {sequence} of this session holds {instrument}, which the agent no longer trades; finish the session with the universe it started with");

    private sealed record SlicePayload(long Number, DateTimeOffset Time, IReadOnlyList<BarPayload> Bars);

    private sealed record BarPayload(string Instrument, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);

    private sealed record PartialPayload(DateTimeOffset Time, IReadOnlyList<PartialBarPayload> Bars);

    private sealed record PartialBarPayload(string Instrument, DateTimeOffset Period, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume,
        DateTimeOffset AsOf);

    private sealed record MarkPayload(string Instrument, bool Stale, DateTimeOffset LastEventAt, long SilenceTicks, string By, string Reason, DateTimeOffset Time);
}
