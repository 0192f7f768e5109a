using Ouroboros.Indicators.Specs;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// Where each value lives in a snapshot (<c>double[]</c>): the bar fields first, then one slot per distinct indicator
/// line that the conditions use. Built once per scenario set, so compiled conditions hold plain slot indices and every
/// indicator is computed once per bar however many scenarios read it.
/// </summary>
public sealed class SnapshotLayout
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _columns = [.. ScenarioVocabulary.Fields];
    private readonly List<IndicatorSpec> _indicators = [];
    private readonly List<(int Indicator, int Line, int Slot)> _lines = [];

    public SnapshotLayout(IEnumerable<BoundCondition> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        for (var f = 0; f < ScenarioVocabulary.Fields.Count; f++) _slots[ScenarioVocabulary.Fields[f]] = f;
        foreach (var condition in conditions)
        {
            foreach (var value in condition.Values)
            {
                if (value.IsField || _slots.ContainsKey(value.Column)) continue;
                var spec = value.Spec!;
                var indicator = _indicators.FindIndex(s => s.Text == spec.Text);
                if (indicator < 0)
                {
                    indicator = _indicators.Count;
                    _indicators.Add(spec);
                }
                _slots[value.Column] = _columns.Count;
                _lines.Add((indicator, value.Line, _columns.Count));
                _columns.Add(value.Column);
            }
        }
    }

    /// <summary>Slot count, i.e. the length of every snapshot of this layout.</summary>
    public int Width => _columns.Count;

    /// <summary>Column keys by slot: field names, then <c>{spec}#{line}</c>.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The distinct indicators a snapshot of this layout keeps.</summary>
    public IReadOnlyList<IndicatorSpec> Indicators => _indicators;

    /// <summary>Indicator lines and the slot each is written to.</summary>
    internal IReadOnlyList<(int Indicator, int Line, int Slot)> Lines => _lines;

    public int SlotOf(ScenarioValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _slots.TryGetValue(value.Column, out var slot)
            ? slot
            : throw new ArgumentException($"'{value.Name}' is not in this layout; build the layout from every condition it serves.", nameof(value));
    }

    /// <summary>A fresh bank of indicators and an all-missing snapshot, for one instrument.</summary>
    public IndicatorSnapshot CreateSnapshot() => new(this);
}
