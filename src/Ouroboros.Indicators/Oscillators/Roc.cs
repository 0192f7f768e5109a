using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Internal;

namespace Ouroboros.Indicators.Oscillators;

/// <summary>
/// Rate of change in percent: 100·(x − x[n bars ago]) / x[n bars ago]. First value after n+1 inputs; null when
/// the value n bars ago is zero. <see cref="Momentum"/> is the plain difference x − x[n bars ago].
/// </summary>
public sealed class Roc : IPriceIndicator
{
    private readonly double[] _window;
    private readonly int _period;
    private int _next;
    private int _count;
    private bool _ready;
    private bool _defined;
    private double _value;
    private double _momentum;

    public Roc(int period = 12)
    {
        _period = Require.Period(period, nameof(period));
        _window = new double[period];
        Name = FormattableString.Invariant($"roc:{period}");
    }

    public int Period => _period;

    public string Name { get; }

    public IReadOnlyList<string> LineNames => Lines.Single;

    public int LineCount => 1;

    public int WarmupPeriod => _period + 1;

    public bool IsReady => _ready;

    public double? Value => _defined ? _value : null;

    public double? Momentum => _ready ? _momentum : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        Require.Finite(value);
        var window = _window;
        var next = _next;
        var past = window[next];
        window[next] = value;
        if (++next == window.Length) next = 0;
        _next = next;
        if (_count < _period)
        {
            _count++;
            return;
        }

        _ready = true;
        _momentum = value - past;
        _defined = past != 0;
        _value = _defined ? 100 * _momentum / past : 0;
    }

    public void Update(in Bar bar) => Update((double)bar.Close);

    public bool TryGetLine(int line, out double value)
    {
        if (line != 0) Require.ThrowBadLine(line, 1);
        value = _value;
        return _defined;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _ready = false;
        _defined = false;
        _value = 0;
        _momentum = 0;
    }
}
