using Ouroboros.Risk.Engine;

namespace Ouroboros.Core.Tests.Support;

/// <summary>A risk gate that records every check and answers with a scripted verdict (approve by default).</summary>
internal sealed class RecordingGate(string name = "recording", Func<RiskCheck, RiskVerdict>? decide = null) : IRiskGate
{
    public string Name => name;
    public List<RiskCheck> Checks { get; } = [];

    public RiskVerdict Evaluate(RiskCheck check)
    {
        Checks.Add(check);
        return decide?.Invoke(check) ?? RiskVerdict.Approved;
    }
}
