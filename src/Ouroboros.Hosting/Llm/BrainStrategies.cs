using System.Globalization;
using Ouroboros.Ai.Routing;
using Ouroboros.Ai.Strategies;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Planning;
using Ouroboros.Strategies.Playbooks;

namespace Ouroboros.Hosting.Llm;

/// <summary>
/// The strategies that need the brain: <c>playbook</c> (a planner writes each day's scenarios, the scenario engine
/// matches them) and <c>llm</c> (direct model decisions, realtime or batch). They run through the same kernel,
/// broker simulation and risk gates as every other strategy.
/// </summary>
public sealed class BrainStrategies(Func<CacheMode?, CancellationToken, Task<LlmRuntime>> runtime, TimeProvider clock)
{
    public static IReadOnlyList<(string Name, string Description, IReadOnlyList<StrategyParameter> Parameters)> All { get; } =
    [
        ("playbook", "Daily playbook: one planner call per market per day before the open, then local scenario matching (rules planner without keys)",
        [
            new("planner", ParameterKind.Text, "auto", "rules, llm, or auto (llm when a provider is configured, else rules)"),
            new("max_scenarios", ParameterKind.Integer, "5", "Most scenarios per instrument (when not given: Llm:MaxScenarios)", 1, 20),
            new("rescan_minutes", ParameterKind.Integer, "0", "Minutes between scenario checks of one instrument (0: every bar)", 0, 1440),
        ]),
        ("llm", "Direct LLM decisions (realtime: one call per candidate every N bars; batch: one call per market per session part, Llm:BatchSessionsPerDay); the rules engine decides when no model answers",
        [
            new("mode", ParameterKind.Text, "realtime", "realtime or batch"),
            new("every", ParameterKind.Integer, "1", "Decide every N bars", 1, 10_000),
        ]),
    ];

    /// <summary>
    /// Bars before --from that a playbook or llm backtest warms up on unless --warmup says otherwise: enough for SMA50,
    /// the scanner's 20-bar figures and a prompt's daily and weekly history, so the first traded day is planned warm.
    /// </summary>
    public const int DefaultWarmUpBars = 120;

    public static bool Handles(string name) => All.Any(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public async Task<BrainRun> PrepareAsync(string name, IReadOnlyDictionary<string, string> given, IReadOnlyList<BarSeries> series,
        MarketCalendar? calendar, CacheMode? cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var spec = All.Single(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var parameters = StrategyParameters.Bind(spec.Name, spec.Parameters, given, v => Check(spec.Name, v));
        var rt = await runtime(cache, cancellationToken).ConfigureAwait(false);
        var barLength = series[0].Interval.Length;
        var market = calendar?.Market ?? "GENERIC";
        if (spec.Name == "playbook")
        {
            var plannerName = parameters.Values["planner"] == "auto" ? rt.DefaultPlanner : parameters.Values["planner"];
            var planner = rt.Planner(plannerName);
            var maxScenarios = given.Keys.Any(k => k.Equals("max_scenarios", StringComparison.OrdinalIgnoreCase))
                ? int.Parse(parameters.Values["max_scenarios"], CultureInfo.InvariantCulture)
                : rt.Options.Llm.MaxScenarios;
            var rescan = int.Parse(parameters.Values["rescan_minutes"], CultureInfo.InvariantCulture);
            var deskOptions = new PlaybookDeskOptions(rt.Options.Llm.PlaybookTimeout, maxScenarios);
            var strategyOptions = new PlaybookStrategyOptions(market, barLength, calendar,
                RescanInterval: rescan == 0 ? null : TimeSpan.FromMinutes(rescan), PlanningLead: rt.Options.Llm.PlanningLead);
            return new BrainRun(parameters,
                () => new PlaybookStrategy(new PlaybookDesk(planner, rt.Playbooks, clock, deskOptions), strategyOptions),
                async (s, ct) =>
                {
                    var playbook = (PlaybookStrategy)s;
                    await playbook.FlushAsync(ct).ConfigureAwait(false);
                    return PlaybookMetadata(plannerName, playbook);
                });
        }
        var mode = parameters.Values["mode"] == "batch" ? LlmDecisionMode.Batch : LlmDecisionMode.Realtime;
        var options = new LlmDecisionOptions(market, barLength, mode, int.Parse(parameters.Values["every"], CultureInfo.InvariantCulture),
            rt.Options.Llm.MinConfidence, Candidates: h => [.. rt.Scanner.Scan(h).Picks.Select(p => p.Instrument)], RiskLimits: rt.RiskLines(),
            Rules: new RulesDecider(rt.Rules), Calendar: calendar, SessionsPerDay: rt.Options.Llm.BatchSessionsPerDay);
        return new BrainRun(parameters, () => new LlmDecisionStrategy(rt.Router, rt.Composer, options), (s, _) =>
        {
            var decisions = ((LlmDecisionStrategy)s).Decisions;
            IReadOnlyDictionary<string, object?> meta = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["llm_mode"] = mode.ToString().ToLowerInvariant(),
                ["llm_decisions"] = decisions.Count,
                ["llm_decisions_by_source"] = decisions.GroupBy(d => d.Source).ToDictionary(g => g.Key, g => (object?)g.Count()),
                ["llm_decisions_acted"] = decisions.Count(d => d.Intent is not null),
                ["llm_decisions_unusable"] = decisions.Count(d => !d.Decision.Valid),
            };
            return Task.FromResult(meta);
        });
    }

    private static IEnumerable<string> Check(string name, ParameterValues values)
    {
        if (name == "playbook" && values.Text("planner") is not ("auto" or "rules" or "llm"))
            yield return $"planner must be auto, rules or llm, not '{values.Text("planner")}'";
        if (name == "llm" && values.Text("mode") is not ("realtime" or "batch"))
            yield return $"mode must be realtime or batch, not '{values.Text("mode")}'";
    }

    private static Dictionary<string, object?> PlaybookMetadata(string planner, PlaybookStrategy playbook) => new(StringComparer.Ordinal)
    {
        ["planner"] = planner,
        ["playbook_days"] = playbook.Plans.Count,
        ["playbooks_by_origin"] = Enum.GetValues<PlaybookOrigin>().ToDictionary(
            Playbook.LabelOf, o => (object?)playbook.Plans.Count(p => p.Playbook.Origin == o)),
        ["playbook_fallbacks"] = playbook.Plans.Count(p => p.Status == DayPlan.Fallback),
        ["scenario_matches"] = playbook.Matches.Count,
        ["playbook_tokens"] = playbook.Plans.Sum(p => p.Tokens ?? 0),
    };
}
