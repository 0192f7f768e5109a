using Ouroboros.Core.Inbox;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit;

/// <summary>A strategy context without a kernel: records intents; positions and cash are set by the test.</summary>
public sealed class FakeStrategyContext(params Instrument[] instruments) : IStrategyContext
{
    public List<TradeIntent> Submitted { get; } = [];
    public decimal[] Positions { get; } = new decimal[instruments.Length];

    /// <summary>What <see cref="PartialBarOf"/> answers, by instrument index; set by the test.</summary>
    public PartialBar?[] PartialBars { get; } = new PartialBar?[instruments.Length];

    public IReadOnlyList<Instrument> Instruments => instruments;
    public TimeProvider Clock => TimeProvider.System;
    public decimal Cash { get; set; } = 100_000m;
    public decimal Equity => Cash;

    public decimal PositionOf(int instrument) => Positions[instrument];
    public decimal? LastPrice(int instrument) => null;
    public PartialBar? PartialBarOf(int instrument) => PartialBars[instrument];
    public void Submit(TradeIntent intent) => Submitted.Add(intent);
    public int IndexOf(InstrumentId instrument) => Array.FindIndex(instruments, i => i.Id == instrument);
}
