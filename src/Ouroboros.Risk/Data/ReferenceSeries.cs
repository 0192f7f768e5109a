namespace Ouroboros.Risk.Data;

/// <summary>
/// A named series of reference values (the VIX close, a rate) keyed by when each value became available, not by the
/// date it describes: a gate asking "what was known at time t" must never see a value published after t.
/// Immutable; lookups are binary searches that do not allocate, so gates may call them on every order.
/// </summary>
public sealed class ReferenceSeries
{
    private readonly DateTimeOffset[] _times;
    private readonly decimal[] _values;

    /// <param name="name">What the series is, for reasons and logs ("VIX").</param>
    /// <param name="points">Values by availability time, strictly ascending; at least one.</param>
    public ReferenceSeries(string name, IEnumerable<(DateTimeOffset AvailableAt, decimal Value)> points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToArray();
        if (list.Length == 0)
            throw new ArgumentOutOfRangeException(nameof(points), 0, $"The reference series {name} needs at least one point.");
        _times = new DateTimeOffset[list.Length];
        _values = new decimal[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            // Sorting silently would hide a broken source file; duplicates would make "the value at t" ambiguous.
            if (i > 0 && list[i].AvailableAt <= list[i - 1].AvailableAt)
                throw new ArgumentOutOfRangeException(nameof(points), list[i].AvailableAt,
                    $"The points of {name} must be in strictly ascending time order: point {i} at {list[i].AvailableAt:O} does not follow {list[i - 1].AvailableAt:O}.");
            _times[i] = list[i].AvailableAt;
            _values[i] = list[i].Value;
        }

        Name = name;
    }

    public string Name { get; }
    public int Count => _times.Length;
    public (DateTimeOffset AvailableAt, decimal Value) First => (_times[0], _values[0]);
    public (DateTimeOffset AvailableAt, decimal Value) Last => (_times[^1], _values[^1]);

    /// <summary>The latest value available at or before <paramref name="time"/>; false when none was yet.</summary>
    public bool TryGetAsOf(DateTimeOffset time, out DateTimeOffset availableAt, out decimal value)
    {
        // Find the last index whose time is <= the asked time.
        int lo = 0, hi = _times.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_times[mid] <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            availableAt = default;
            value = default;
            return false;
        }

        availableAt = _times[found];
        value = _values[found];
        return true;
    }
}
