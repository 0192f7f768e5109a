using Ouroboros.Ai.Decisions;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Strategies;

/// <summary>
/// One decision as it was made: when, about what, the normalised decision, who answered ("openai/gpt-5.1",
/// "cache", or "rules" when no model could), and the intent it became (null for HOLD or a SELL with nothing held).
/// </summary>
public sealed record LlmDecisionRecord(
    DateTimeOffset Time,
    InstrumentId Instrument,
    LlmDecision Decision,
    string Source,
    TradeIntent? Intent,
    IReadOnlyList<string> Notes);
