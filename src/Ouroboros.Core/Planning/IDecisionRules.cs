using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Core.Planning;

/// <summary>
/// The end of every decision chain: what the rules engine decides, without a model, from the same point-in-time
/// request a planner gets. It is deterministic, so a run without any provider is repeatable.
/// </summary>
public interface IDecisionRules
{
    /// <summary>One decision per instrument of <paramref name="request"/>, in its order; HOLD says why nothing fits.</summary>
    IReadOnlyList<RulesDecision> Decide(PlanningRequest request);
}

/// <summary>
/// A rules engine decision. <see cref="Action"/> is <see cref="IntentAction.Buy"/>, <see cref="IntentAction.Sell"/>
/// (close the position) or null for HOLD. <see cref="Confidence"/> is in [0, 1]; <see cref="Allocation"/> a fraction of
/// equity; <see cref="StopLoss"/> and <see cref="TakeProfit"/> are prices. <see cref="Rule"/> names the template that
/// decided, for the journal.
/// </summary>
public sealed record RulesDecision(
    InstrumentId Instrument,
    IntentAction? Action,
    double Confidence,
    string Rationale,
    string? Rule = null,
    decimal? Allocation = null,
    decimal? StopLoss = null,
    decimal? TakeProfit = null)
{
    public static RulesDecision Hold(InstrumentId instrument, string why) => new(instrument, null, 0, why);
}
