namespace Ouroboros.Domain.Intents;

/// <summary>Who proposed an intent. The risk engine treats model-driven intents more strictly (minimum confidence).</summary>
public enum IntentOrigin
{
    /// <summary>A deterministic strategy.</summary>
    Strategy,
    /// <summary>An LLM or another learned model; subject to the minimum-confidence gate.</summary>
    Model,
    /// <summary>A human operator (CLI, dashboard, chat).</summary>
    Operator,
    /// <summary>The risk engine's own exit rules (stop loss, trailing stop, take profit).</summary>
    RiskExit,
}
