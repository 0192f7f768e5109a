namespace Ouroboros.Risk.Engine;

/// <summary>The outcome of the gate chain for one order. Denials name the gate and say why.</summary>
public sealed record RiskVerdict
{
    private RiskVerdict(bool approved, string? gate, string? reason)
    {
        IsApproved = approved;
        Gate = gate;
        Reason = reason;
    }

    public bool IsApproved { get; }
    public string? Gate { get; }
    public string? Reason { get; }

    public static RiskVerdict Approved { get; } = new(true, null, null);

    public static RiskVerdict Denied(string gate, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gate);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new RiskVerdict(false, gate, reason);
    }

    public override string ToString() => IsApproved ? "Approved" : $"Denied by {Gate}: {Reason}";
}
