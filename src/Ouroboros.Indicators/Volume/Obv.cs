using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Volume;

/// <summary>
/// On-balance volume: starts at 0 on the first bar, then adds the bar's volume when the close rises, subtracts it
/// when the close falls, and holds when unchanged. Ready from the first bar. Integer volumes sum exactly in a
/// double up to 2^53, so this matches the reference exactly.
/// </summary>
public sealed class Obv : IIndicator
{
    private bool _hasPrevious;
    private double _previousClose;
    private double _value;

    public string Name => "obv";

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => 1;

    public bool IsReady => _hasPrevious;

    public double? Value => _hasPrevious ? _value : null;

    public void Update(in Bar bar)
    {
        var close = (double)bar.Close;
        if (_hasPrevious)
        {
            if (close > _previousClose) _value += (double)bar.Volume;
            else if (close < _previousClose) _value -= (double)bar.Volume;
        }

        _hasPrevious = true;
        _previousClose = close;
    }

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _hasPrevious;
    }

    public void Reset()
    {
        _hasPrevious = false;
        _previousClose = 0;
        _value = 0;
    }
}
