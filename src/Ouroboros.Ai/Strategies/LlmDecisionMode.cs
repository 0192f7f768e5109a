namespace Ouroboros.Ai.Strategies;

/// <summary>Realtime: one call per candidate per cycle. Batch: one call per market per cycle covering every candidate.</summary>
public enum LlmDecisionMode
{
    Realtime,
    Batch,
}
