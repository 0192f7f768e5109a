namespace Ouroboros.Risk.Engine;

/// <summary>One deterministic rule between an intent and the broker.</summary>
public interface IRiskGate
{
    string Name { get; }
    RiskVerdict Evaluate(RiskCheck check);
}
