using Ouroboros.Domain.Intents;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies a model-driven entry whose confidence is below the minimum (default 80 of 100). Strategies, operators and
/// the risk engine's own exits are not asked for a confidence, so they pass.
/// </summary>
public sealed class MinConfidenceGate : IRiskGate
{
    public const string GateName = "min_confidence";

    public MinConfidenceGate(double minConfidence)
    {
        if (!double.IsFinite(minConfidence) || minConfidence is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(minConfidence), minConfidence,
                "The minimum confidence is a fraction in [0, 1], e.g. 0.80 for 80 of 100.");
        MinConfidence = minConfidence;
    }

    public string Name => GateName;
    public double MinConfidence { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        // A model's unsure exit still reduces exposure; blocking it would keep risk on the books on the model's doubt.
        if (check.Origin != IntentOrigin.Model || !check.IsEntry) return RiskVerdict.Approved;
        var figures = new[] { RiskFigure.Of("confidence", check.Confidence), RiskFigure.Of("min_confidence", MinConfidence) };
        if (check.Confidence is not { } confidence)
            return RiskVerdict.Missing(Name, "the model gave no confidence for this intent", figures);
        // NaN compares false with everything, so it has to be refused explicitly or it would slip through.
        if (!double.IsFinite(confidence) || confidence is < 0 or > 1)
            return RiskVerdict.Denied(Name, $"model confidence {confidence} is not a number in [0, 1]", figures);
        return confidence < MinConfidence
            ? RiskVerdict.Denied(Name, $"model confidence {confidence * 100:0.##} is below the minimum {MinConfidence * 100:0.##} (of 100)", figures)
            : RiskVerdict.Approved;
    }
}
