using Ouroboros.Ai.Decisions;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Ai.Strategies;

/// <summary>A rules engine decision in the shape of a model's, so one journal and one path to an intent serve both.</summary>
internal static class RulesDecisions
{
    public static LlmDecision ToDecision(RulesDecision rules, string why)
    {
        var action = rules.Action switch
        {
            IntentAction.Buy => DecisionAction.Buy,
            IntentAction.Sell or IntentAction.Close => DecisionAction.Sell,
            _ => DecisionAction.Hold,
        };
        var confidence = (int)Math.Round(Math.Clamp(rules.Confidence, 0, 1) * 100, MidpointRounding.AwayFromZero);
        return new LlmDecision(action, confidence, rules.Rationale, valid: true, $"{why}; the rules engine decided{(rules.Rule is { } r ? $" ({r})" : "")}")
        {
            Size = rules.Allocation is > 0 and <= 1 ? rules.Allocation : null,
            StopLoss = rules.StopLoss is { } sl ? new PriceLevel(sl, PriceLevelKind.Price) : null,
            TakeProfit = rules.TakeProfit is { } tp ? new PriceLevel(tp, PriceLevelKind.Price) : null,
        };
    }
}
