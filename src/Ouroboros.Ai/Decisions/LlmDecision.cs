namespace Ouroboros.Ai.Decisions;

/// <summary>
/// A model's decision after normalisation. <see cref="Valid"/> says whether the answer was understood; an answer that
/// was not is always HOLD with confidence 0. An understood decision below the confidence threshold is HOLD too, keeps
/// its confidence, and <see cref="Reason"/> says what was not acted upon. <see cref="Reason"/> also lists what was
/// fixed or ignored on the way; it is what callers log.
/// </summary>
public sealed record LlmDecision
{
    public const int MaxRationaleLength = 2_000;

    public LlmDecision(DecisionAction action, int confidence, string rationale, bool valid, string? reason)
    {
        ArgumentNullException.ThrowIfNull(rationale);
        ArgumentOutOfRangeException.ThrowIfNegative(confidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(confidence, 100);
        if (!valid && (action != DecisionAction.Hold || confidence != 0))
            throw new ArgumentException("An invalid decision is HOLD with confidence 0.", nameof(valid));
        Action = action;
        Confidence = confidence;
        Rationale = rationale;
        Valid = valid;
        Reason = reason;
    }

    public DecisionAction Action { get; }

    /// <summary>0–100.</summary>
    public int Confidence { get; }

    /// <summary>The model's own words, control characters stripped and capped at <see cref="MaxRationaleLength"/>.</summary>
    public string Rationale { get; }

    public bool Valid { get; }

    /// <summary>Why the decision became HOLD, or what was fixed or ignored; null when the answer was taken as given.</summary>
    public string? Reason { get; }

    /// <summary>Fraction of equity in (0, 1]; null when absent or unusable (the sizer then decides alone).</summary>
    public decimal? Size
    {
        get;
        init => field = value is null or (> 0 and <= 1) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Size is a fraction in (0, 1].");
    }

    public PriceLevel? TakeProfit { get; init; }
    public PriceLevel? StopLoss { get; init; }

    /// <summary>The model's holding horizon as it wrote it ("3d", "intraday"); interpreting it is the caller's business.</summary>
    public string? Horizon { get; init; }

    public static LlmDecision Invalid(string reason, string rationale = "") => new(DecisionAction.Hold, 0, rationale, valid: false, reason);
}
