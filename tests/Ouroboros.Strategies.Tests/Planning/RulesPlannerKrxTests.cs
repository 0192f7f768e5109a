using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Planning;
using Ouroboros.TestKit;
using static Ouroboros.Strategies.Tests.Planning.Playbooks;

namespace Ouroboros.Strategies.Tests.Planning;

/// <summary>The rules planner on the ten bundled KRX ETFs, every 20th trading day of their whole history.</summary>
public sealed class RulesPlannerKrxTests
{
    private static readonly Lazy<InstrumentHistory[]> Histories = new(Load);

    private static InstrumentHistory[] Load()
    {
        var loader = new MarketDataLoader();
        // Every other ETF is held, so protective exits are exercised too.
        return [.. Directory.GetFiles(RepoPaths.Data("kr"), "krx-*-daily.csv")
            .Order(StringComparer.Ordinal)
            .Select(path => loader.Load(path, new LoadOptions { Venue = Venue.Krx, AssetClass = AssetClass.Etf, UseCache = false }).Series)
            .Select((s, i) => new InstrumentHistory(s.Instrument, s.Bars.ToArray(), TimeSpan.FromDays(1), i % 2 == 0 ? 10m : 0m, null))];
    }

    // Pre-market of each session: every bar of earlier sessions has closed (a daily bar is known at its date + 1 day).
    private static DateTimeOffset[] EveryTwentiethSession() =>
        Histories.Value.SelectMany(h => h.Bars.Select(b => b.Time)).Distinct().Order().Where((_, i) => i >= 20 && i % 20 == 0).ToArray();

    private static PlanningRequest RequestAt(DateTimeOffset asOf, IEnumerable<InstrumentHistory> histories) =>
        PlanningRequest.Create("KRX", DateOnly.FromDateTime(asOf.UtcDateTime), asOf, histories);

    [Fact]
    public void Every_playbook_validates_and_every_buy_brackets_the_last_close()
    {
        var sessions = EveryTwentiethSession();
        var templates = new Dictionary<string, int>(StringComparer.Ordinal);
        var planner = new RulesPlaybookPlanner();
        sessions.Length.ShouldBeGreaterThan(200);
        foreach (var asOf in sessions)
        {
            var request = RequestAt(asOf, Histories.Value);
            var outcome = planner.Plan(request);
            var playbook = outcome.Playbook.ShouldNotBeNull(outcome.Problem);
            ShouldBeValid(playbook, request.MaxScenariosPerInstrument);
            playbook.Origin.ShouldBe(PlaybookOrigin.Rules);
            if (playbook.Stance == PlaybookStance.Bearish) Templates(playbook).ShouldNotContain(ScenarioTemplates.Breakout);
            var lastClose = request.Instruments.Where(h => h.Bars.Count > 0).ToDictionary(h => h.Instrument.Id, h => h.Bars[^1].Close);
            foreach (var buy in playbook.Scenarios.Where(s => s.Action == IntentAction.Buy))
            {
                var close = lastClose[buy.Instrument];
                buy.StopLoss.ShouldNotBeNull().ShouldBeLessThan(close, $"{asOf:yyyy-MM-dd} {buy.Id}");
                buy.StopLoss.Value.ShouldBeGreaterThan(0m);
                buy.TakeProfit.ShouldNotBeNull().ShouldBeGreaterThan(close, $"{asOf:yyyy-MM-dd} {buy.Id}");
                (buy.StopLoss.Value % 5m).ShouldBe(0m, "KRX ETF prices are on the 5 KRW grid");
                buy.Confidence.ShouldBeInRange(0, 1);
            }
            foreach (var template in Templates(playbook).Concat(Templates(playbook, IntentAction.Sell)))
                templates[template] = templates.GetValueOrDefault(template) + 1;
        }

        foreach (var template in new[] { ScenarioTemplates.Bounce, ScenarioTemplates.Breakout, ScenarioTemplates.Trend, ProtectiveScenarios.Stop })
            templates.GetValueOrDefault(template).ShouldBeGreaterThan(0, $"template {template} never fitted: {string.Join(", ", templates)}");
    }

    [Fact]
    public void Later_bars_in_the_input_never_change_a_playbook()
    {
        foreach (var asOf in EveryTwentiethSession().Where((_, i) => i % 10 == 0))
        {
            var cut = Histories.Value.Select(h => h with { Bars = h.Bars.Where(b => b.Time + h.BarLength <= asOf).ToArray() }).ToArray();
            var withFuture = new RulesPlaybookPlanner().Plan(RequestAt(asOf, Histories.Value)).Playbook.ShouldNotBeNull();
            var withoutFuture = new RulesPlaybookPlanner().Plan(RequestAt(asOf, cut)).Playbook.ShouldNotBeNull();

            ShouldBeSameAs(withFuture, withoutFuture);
        }
    }

    [Fact]
    public void Planning_the_same_day_twice_gives_the_same_playbook()
    {
        var asOf = EveryTwentiethSession()[^1];
        ShouldBeSameAs(new RulesPlaybookPlanner().Plan(RequestAt(asOf, Histories.Value)).Playbook!,
            new RulesPlaybookPlanner().Plan(RequestAt(asOf, Histories.Value.Reverse())).Playbook!);
    }
}
