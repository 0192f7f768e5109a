namespace Ouroboros.Risk.Engine;

/// <summary>Runs the gates in order; the first denial wins. With no gates every order is approved (research mode).</summary>
public sealed class RiskEngine
{
    private readonly IRiskGate[] _gates;

    public RiskEngine(IEnumerable<IRiskGate> gates) => _gates = [.. gates];

    public static RiskEngine None { get; } = new([]);

    public IReadOnlyList<IRiskGate> Gates => _gates;
    public bool IsEnabled => _gates.Length > 0;

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        foreach (var gate in _gates)
        {
            var verdict = gate.Evaluate(check);
            if (!verdict.IsApproved) return verdict;
        }
        return RiskVerdict.Approved;
    }
}
