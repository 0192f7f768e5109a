using Ouroboros.Core.Language;
using Ouroboros.Ai.Routing;

namespace Ouroboros.Hosting.Llm;

/// <summary>Llm:Routes: TASK=PROFILE,PROFILE separated by ';'. Profile names are checked when the profiles are known.</summary>
public static class LlmRouteSpec
{
    public static IReadOnlyDictionary<LlmTask, IReadOnlyList<string>> Parse(string text, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var routes = new Dictionary<LlmTask, IReadOnlyList<string>>();
        foreach (var entry in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !LlmTasks.TryParse(entry[..eq], out var task))
            {
                problems.Add($"route '{entry}' is not TASK=PROFILE,... with TASK one of {string.Join(", ", LlmTasks.All.Select(LlmTasks.Name))}");
                continue;
            }
            routes[task] = entry[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return routes;
    }

    public static string? Check(string text)
    {
        var problems = new List<string>();
        Parse(text, problems);
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
