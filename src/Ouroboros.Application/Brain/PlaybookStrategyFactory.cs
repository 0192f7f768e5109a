using System.Globalization;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Planning;
using Ouroboros.Strategies.Playbooks;

namespace Ouroboros.Application.Brain;

/// <summary><c>playbook</c>: one planner call per market per day before the open, then local scenario matching.</summary>
public sealed class PlaybookStrategyFactory : IBrainStrategyFactory
{
    public string Name => "playbook";

    public string Description =>
        "Daily playbook: one planner call per market per day before the open, then local scenario matching (rules planner without keys)";

    public IReadOnlyList<StrategyParameter> Parameters { get; } =
    [
        new("planner", ParameterKind.Text, "auto", "rules, llm, or auto (llm when a provider is configured, else rules)"),
        new("max_scenarios", ParameterKind.Integer, "5", "Most scenarios per instrument (when not given: Llm:MaxScenarios)", 1, 20),
        new("rescan_minutes", ParameterKind.Integer, "0", "Minutes between scenario checks of one instrument (0: every bar)", 0, 1440),
    ];

    public IEnumerable<string> CheckCombination(ParameterValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Text("planner") is not ("auto" or "rules" or "llm"))
            yield return $"planner must be auto, rules or llm, not '{values.Text("planner")}'";
    }

    public BrainRun Prepare(LlmRuntime runtime, StrategyParameters parameters, IReadOnlyDictionary<string, string> given,
        IReadOnlyList<BarSeries> series, MarketCalendar? calendar, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(series);
        var settings = runtime.Settings;
        var plannerName = parameters.Values["planner"] == "auto" ? runtime.DefaultPlanner : parameters.Values["planner"];
        var planner = runtime.Planner(plannerName);
        var maxScenarios = given.Keys.Any(k => k.Equals("max_scenarios", StringComparison.OrdinalIgnoreCase))
            ? int.Parse(parameters.Values["max_scenarios"], CultureInfo.InvariantCulture)
            : settings.MaxScenarios;
        var rescan = int.Parse(parameters.Values["rescan_minutes"], CultureInfo.InvariantCulture);
        var deskOptions = new PlaybookDeskOptions(settings.PlaybookTimeout, maxScenarios);
        var strategyOptions = new PlaybookStrategyOptions(calendar?.Market ?? "GENERIC", series[0].Interval.Length, calendar,
            RescanInterval: rescan == 0 ? null : TimeSpan.FromMinutes(rescan), PlanningLead: settings.PlanningLead);
        return new BrainRun(parameters,
            () => new PlaybookStrategy(new PlaybookDesk(planner, runtime.Playbooks, clock, deskOptions), strategyOptions),
            async (s, ct) =>
            {
                var playbook = (PlaybookStrategy)s;
                await playbook.FlushAsync(ct).ConfigureAwait(false);
                return Metadata(plannerName, playbook, runtime.Router.Tally);
            })
        {
            Planner = plannerName,
            Playbooks = runtime.Playbooks,
        };
    }

    /// <summary>
    /// A fallback is any day the planner asked for did not write: a previous-day or defensive stand-in, and, for the llm
    /// planner, a day the rules planner wrote because no model answered (that playbook validates, so its status alone
    /// would say "validated" and the summary "0 fallbacks" while every call failed).
    /// </summary>
    private static Dictionary<string, object?> Metadata(string planner, PlaybookStrategy playbook, Ai.Routing.RouterTally tally)
    {
        var meta = Figures(planner, playbook);
        meta["playbook_fallbacks"] = playbook.Plans.Count(p => p.Status == DayPlan.Fallback
            || (planner == "llm" && p.Playbook.Origin == PlaybookOrigin.Rules));
        if (planner == "llm")
        {
            foreach (var (key, value) in tally.ToDictionary()) meta[key] = value;
        }
        return meta;
    }

    private static Dictionary<string, object?> Figures(string planner, PlaybookStrategy playbook) => new(StringComparer.Ordinal)
    {
        ["planner"] = planner,
        ["playbook_days"] = playbook.Plans.Count,
        ["playbooks_by_origin"] = Enum.GetValues<PlaybookOrigin>().ToDictionary(
            Playbook.LabelOf, o => (object?)playbook.Plans.Count(p => p.Playbook.Origin == o)),
        ["scenario_matches"] = playbook.Matches.Count,
        ["playbook_tokens"] = playbook.Plans.Sum(p => p.Tokens ?? 0),
    };
}
