namespace Ouroboros.Risk.Engine;

/// <summary>A named figure a gate decided on, kept for the journal ("cash" = "1000000").</summary>
public readonly record struct RiskFigure(string Name, string Value)
{
    public static RiskFigure Of(string name, decimal? value) =>
        new(name, value is { } v ? v.ToString("0.########", System.Globalization.CultureInfo.InvariantCulture) : "missing");

    public static RiskFigure Of(string name, double? value) =>
        new(name, value is { } v ? v.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) : "missing");

    public static RiskFigure Of(string name, DateTimeOffset? value) => new(name, value is { } v ? v.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "missing");

    public static RiskFigure Of(string name, long value) => new(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The outcome of the gate chain for one order. Denials name the gate, say why and carry the gate's figures.</summary>
public sealed record RiskVerdict
{
    private RiskVerdict(bool approved, string? gate, string? reason, IReadOnlyList<RiskFigure> figures)
    {
        IsApproved = approved;
        Gate = gate;
        Reason = reason;
        Figures = figures;
    }

    public bool IsApproved { get; }
    public string? Gate { get; }
    public string? Reason { get; }

    /// <summary>The figures the denying gate looked at (empty for approvals: the check's own figures are journaled).</summary>
    public IReadOnlyList<RiskFigure> Figures { get; }

    /// <summary>True when the denial is because data was missing, not because a limit was broken.</summary>
    public bool IsDataMissing => Reason?.StartsWith(DataMissingPrefix, StringComparison.Ordinal) == true;

    public const string DataMissingPrefix = "data missing: ";

    public static RiskVerdict Approved { get; } = new(true, null, null, []);

    public static RiskVerdict Denied(string gate, string reason, params RiskFigure[] figures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gate);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new RiskVerdict(false, gate, reason, figures);
    }

    /// <summary>A denial because <paramref name="what"/> is unknown; the reason reads "data missing: …".</summary>
    public static RiskVerdict Missing(string gate, string what, params RiskFigure[] figures) =>
        Denied(gate, DataMissingPrefix + what, figures);

    public override string ToString() => IsApproved ? "Approved" : $"Denied by {Gate}: {Reason}";
}
