using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;
using Ouroboros.Indicators.MovingAverages;

namespace Ouroboros.Indicators.Volume;

/// <summary>
/// Volume ratio: the bar's volume divided by the simple average volume of the last n bars, current bar included
/// (so a value of 1 means an average bar). First value after n bars; null while the average volume is zero.
/// </summary>
public sealed class VolumeRatio : IIndicator
{
    private readonly Sma _average;
    private bool _defined;
    private double _value;

    public VolumeRatio(int period = 20)
    {
        _average = new Sma(period);
        Name = FormattableString.Invariant($"volratio:{period}");
    }

    public int Period => _average.Period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _average.Period;

    public bool IsReady => _average.IsReady;

    public double? Value => _defined ? _value : null;

    /// <summary>The average volume the ratio divides by.</summary>
    public double? AverageVolume => _average.Value;

    public void Update(in Bar bar)
    {
        var volume = (double)bar.Volume;
        _average.Update(volume);
        _defined = _average.TryGetLine(0, out var average) && average > 0;
        _value = _defined ? volume / average : 0;
    }

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _defined;
    }

    public void Reset()
    {
        _average.Reset();
        _defined = false;
        _value = 0;
    }
}
