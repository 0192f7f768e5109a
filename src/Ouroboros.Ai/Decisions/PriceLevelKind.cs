namespace Ouroboros.Ai.Decisions;

/// <summary>Whether a take profit or stop loss was given as an absolute price or as a percentage move from entry.</summary>
public enum PriceLevelKind
{
    Price,
    Percent,
}
