using Ouroboros.Core.Inbox;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Kernel;

/// <summary>What the strategy sees of the kernel: the universe, the portfolio, the clock; submitting only queues.</summary>
internal sealed class KernelStrategyContext(KernelState state) : IStrategyContext
{
    public IReadOnlyList<Instrument> Instruments => state.Instruments;
    public TimeProvider Clock => state.Time;
    public decimal Cash => state.Portfolio.Cash;
    public decimal Equity => state.Portfolio.Equity();
    public decimal PositionOf(int instrument) => state.Portfolio.QuantityOf(instrument);
    public decimal? LastPrice(int instrument) => state.Portfolio.LastPrice(instrument);
    public int IndexOf(InstrumentId instrument) => state.IndexOf(instrument);
    public PartialBar? PartialBarOf(int instrument) => state.PartialBars.Of(instrument);

    public void Submit(TradeIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        state.Pending.Add(intent);
    }
}
