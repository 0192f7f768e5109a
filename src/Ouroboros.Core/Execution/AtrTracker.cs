using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Volatility;

namespace Ouroboros.Core.Execution;

/// <summary>Wilder ATR per instrument, maintained only when the run sizes by ATR risk.</summary>
internal sealed class AtrTracker
{
    private readonly Atr[] _atrs;

    public AtrTracker(int instruments, int period)
    {
        _atrs = new Atr[instruments];
        for (var i = 0; i < instruments; i++) _atrs[i] = new Atr(period);
    }

    public void Update(int instrument, in Bar bar) => _atrs[instrument].Update(in bar);

    public decimal? Current(int instrument) => _atrs[instrument].Value is { } v ? (decimal)v : null;
}
