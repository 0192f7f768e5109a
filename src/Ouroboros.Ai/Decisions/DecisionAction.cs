namespace Ouroboros.Ai.Decisions;

/// <summary>What a model may decide for one instrument.</summary>
public enum DecisionAction
{
    Hold,
    Buy,
    Sell,
}
