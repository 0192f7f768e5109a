using System.Globalization;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.LlmUsage;

/// <summary>The calls of a window grouped by one key (UTC day, task or model), each group's figures as <c>llm usage</c> counts them.</summary>
public static class LlmCostBreakdown
{
    public static IReadOnlyList<string> Keys { get; } = ["day", "task", "model"];

    public static IReadOnlyList<LlmCostRow> Of(IEnumerable<LlmCallRecord> calls, string by)
    {
        ArgumentNullException.ThrowIfNull(calls);
        Func<LlmCallRecord, string> key = by switch
        {
            "day" => c => DateOnly.FromDateTime(c.Time.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "task" => c => c.Task,
            "model" => c => c.Provider + "/" + c.Model,
            _ => throw new InvalidInputException("by", $"«by» '{by}' is not a grouping; choose one of {string.Join(", ", Keys)}"),
        };
        return [.. calls.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LlmCostRow(g.Key, LlmUsageSummary.Figures.Of(g)))];
    }
}

