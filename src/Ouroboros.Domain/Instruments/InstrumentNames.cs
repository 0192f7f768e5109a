using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Instruments;

/// <summary>
/// What a person reads for an instrument: "KODEX 200 (069500)" for a KRX code with a known name, the id otherwise.
/// Names come from data/instruments/krx-names.csv (embedded at build). Only for display: ids, journal keys and
/// JSON id fields keep the id.
/// </summary>
public static class InstrumentNames
{
    private const string KrxPrefix = "KRX:";
    private static readonly Dictionary<string, string> Krx = Load("Ouroboros.Domain.krx-names.csv");

    /// <summary>The instrument's name, or null when none is known.</summary>
    public static string? NameOf(InstrumentId id) =>
        id.Value is { } v && v.StartsWith(KrxPrefix, StringComparison.Ordinal) && Krx.TryGetValue(v[KrxPrefix.Length..], out var name) ? name : null;

    /// <summary>"KODEX 200 (069500)" when the name is known, else the id as it is ("US:SPY").</summary>
    public static string Display(InstrumentId id) =>
        NameOf(id) is { } name ? $"{name} ({id.Value[KrxPrefix.Length..]})" : id.Value ?? "";

    /// <summary>An instrument's own name (e.g. the broker's) wins over the bundled list.</summary>
    public static string Display(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return string.IsNullOrWhiteSpace(instrument.Name) || instrument.Name == instrument.Symbol
            ? Display(instrument.Id)
            : $"{instrument.Name} ({instrument.Symbol})";
    }

    private static Dictionary<string, string> Load(string resource)
    {
        using var stream = typeof(InstrumentNames).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the embedded instrument names '{resource}' are missing from the build");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine(); // header: code,name
        while (reader.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0) names[line[..comma].Trim()] = line[(comma + 1)..].Trim();
        }
        return names;
    }
}
