using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Decisions;

/// <summary>One instrument's decision from a batch answer.</summary>
public sealed record BatchDecisionEntry(InstrumentId Instrument, LlmDecision Decision);

/// <summary>
/// A batch answer: one decision per instrument of the universe, in universe order (an instrument the answer did not
/// mention, or mentioned in conflicting ways, is an invalid HOLD that says so), and the problems found in the answer
/// itself (unknown symbols, unusable JSON).
/// </summary>
public sealed record BatchDecisionResult(IReadOnlyList<BatchDecisionEntry> Decisions, IReadOnlyList<string> Problems)
{
    public LlmDecision For(InstrumentId instrument) =>
        Decisions.FirstOrDefault(d => d.Instrument == instrument)?.Decision
        ?? throw new ArgumentException($"{instrument} is not in the batch's universe", nameof(instrument));
}
