using System.Globalization;
using Ouroboros.Ai.Strategies;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Strategies.Planning;

namespace Ouroboros.Application.Brain;

/// <summary><c>llm</c>: direct model decisions, realtime or batch; the rules engine decides when no model answers.</summary>
public sealed class LlmStrategyFactory : IBrainStrategyFactory
{
    public string Name => "llm";

    public string Description =>
        "Direct LLM decisions (realtime: one call per candidate every N bars; batch: one call per market per session part, Llm:BatchSessionsPerDay); the rules engine decides when no model answers";

    public IReadOnlyList<StrategyParameter> Parameters { get; } =
    [
        new("mode", ParameterKind.Text, "realtime", "realtime or batch"),
        new("every", ParameterKind.Integer, "1", "Decide every N bars", 1, 10_000),
    ];

    public IEnumerable<string> CheckCombination(ParameterValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Text("mode") is not ("realtime" or "batch"))
            yield return $"mode must be realtime or batch, not '{values.Text("mode")}'";
    }

    public BrainRun Prepare(LlmRuntime runtime, StrategyParameters parameters, IReadOnlyDictionary<string, string> given,
        IReadOnlyList<BarSeries> series, MarketCalendar? calendar, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(series);
        var settings = runtime.Settings;
        var mode = parameters.Values["mode"] == "batch" ? LlmDecisionMode.Batch : LlmDecisionMode.Realtime;
        var options = new LlmDecisionOptions(calendar?.Market ?? "GENERIC", series[0].Interval.Length, mode,
            int.Parse(parameters.Values["every"], CultureInfo.InvariantCulture), settings.MinConfidence,
            Candidates: h => [.. runtime.Scanner.Scan(h).Picks.Select(p => p.Instrument)], RiskLimits: runtime.RiskLines(),
            Rules: new RulesDecider(runtime.Rules), Calendar: calendar, SessionsPerDay: settings.BatchSessionsPerDay);
        return new BrainRun(parameters, () => new LlmDecisionStrategy(runtime.Model, runtime.Composer, options), (s, _) =>
        {
            var decisions = ((LlmDecisionStrategy)s).Decisions;
            var meta = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["llm_mode"] = mode.ToString().ToLowerInvariant(),
                ["llm_decisions"] = decisions.Count,
                ["llm_decisions_by_source"] = decisions.GroupBy(d => d.Source).ToDictionary(g => g.Key, g => (object?)g.Count()),
                ["llm_decisions_acted"] = decisions.Count(d => d.Intent is not null),
                ["llm_decisions_unusable"] = decisions.Count(d => !d.Decision.Valid),
            };
            foreach (var (key, value) in runtime.Router.Tally.ToDictionary()) meta[key] = value;
            return Task.FromResult<IReadOnlyDictionary<string, object?>>(meta);
        });
    }
}
