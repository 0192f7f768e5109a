using Ouroboros.Ai.Decisions;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Playbooks;

/// <summary>
/// Matches the symbols a model wrote to the instruments it was asked about: by full id (<c>KRX:005930</c>) or by the
/// symbol after the venue (<c>005930</c>), case-insensitive and trimmed. A bare symbol shared by two venues is ambiguous.
/// </summary>
internal sealed class SymbolUniverse
{
    private readonly Dictionary<string, InstrumentId> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<InstrumentId>> _bySymbol = new(StringComparer.OrdinalIgnoreCase);

    public SymbolUniverse(IEnumerable<InstrumentId> universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var all = new List<InstrumentId>();
        foreach (var id in universe.Distinct())
        {
            all.Add(id);
            _byId[id.Value] = id;
            var colon = id.Value.IndexOf(':', StringComparison.Ordinal);
            var symbol = colon >= 0 ? id.Value[(colon + 1)..] : id.Value;
            if (!_bySymbol.TryGetValue(symbol, out var ids)) _bySymbol[symbol] = ids = [];
            if (!ids.Contains(id)) ids.Add(id);
        }
        All = all;
    }

    public IReadOnlyList<InstrumentId> All { get; }

    public InstrumentId? Match(string? text, out string? problem)
    {
        problem = null;
        var key = (text ?? "").Trim();
        if (key.Length == 0)
        {
            problem = "symbol missing";
            return null;
        }
        if (_byId.TryGetValue(key, out var id)) return id;
        if (_bySymbol.TryGetValue(key, out var ids))
        {
            if (ids.Count == 1) return ids[0];
            problem = $"symbol {SafeText.Quote(key)} is ambiguous ({string.Join(", ", ids)}); use the full id";
            return null;
        }
        problem = $"unknown symbol {SafeText.Quote(key)}";
        return null;
    }
}
