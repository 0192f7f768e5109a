using Ouroboros.Core.Errors;

namespace Ouroboros.Brokers.Simulated;

/// <summary>When market orders fill in a backtest.</summary>
public enum FillPolicy
{
    /// <summary>At the open of the instrument's next bar (default; no look-ahead). A signal on the last bar is not filled.</summary>
    NextOpen,

    /// <summary>At the close of the bar that produced the signal (optimistic; for comparison with engines that do this).</summary>
    SameClose,
}

public static class FillPolicyParser
{
    public static FillPolicy Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "next-open" or "nextopen" or "next_open" => FillPolicy.NextOpen,
        "same-close" or "close" or "same-bar-close" => FillPolicy.SameClose,
        _ => throw new InvalidInputException("fill", $"unknown fill policy '{text}'; use next-open or same-close"),
    };

    public static string ToText(this FillPolicy policy) => policy == FillPolicy.NextOpen ? "next-open" : "same-close";
}
