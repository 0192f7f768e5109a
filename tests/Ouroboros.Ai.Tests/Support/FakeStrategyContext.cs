using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Tests.Support;

/// <summary>A strategy context without a kernel: records intents; positions are set by the test.</summary>
internal sealed class FakeStrategyContext(params Instrument[] instruments) : IStrategyContext
{
    public List<TradeIntent> Submitted { get; } = [];
    public decimal[] Positions { get; } = new decimal[instruments.Length];

    public IReadOnlyList<Instrument> Instruments => instruments;
    public TimeProvider Clock => TimeProvider.System;
    public decimal Cash => 10_000_000m;
    public decimal Equity => Cash;

    public decimal PositionOf(int instrument) => Positions[instrument];
    public decimal? LastPrice(int instrument) => null;
    public void Submit(TradeIntent intent) => Submitted.Add(intent);
    public int IndexOf(InstrumentId instrument) => Array.FindIndex(instruments, i => i.Id == instrument);
}
