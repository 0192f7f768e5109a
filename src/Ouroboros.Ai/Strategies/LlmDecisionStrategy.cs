using Ouroboros.Core.Language;
using Ouroboros.Ai.Decisions;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Core.Planning;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Strategies;

/// <summary>
/// Direct LLM decisions through the kernel. After each decision cycle's slice it builds point-in-time prompts from
/// the bars it has seen (nothing later exists for it), asks the trading-decision (realtime) or batch-decision route,
/// and turns BUY into a model-origin intent and SELL into a close of a held position. Anything the parser cannot use,
/// or any decision below the confidence threshold, is HOLD with the reason recorded. When no model answers (none
/// configured, every budget spent, every provider failing) the rules engine decides instead (<see cref="LlmDecisionOptions.Rules"/>,
/// HOLD without one), its intents labelled "[rules]" with strategy origin: the strategy never stops silently.
/// </summary>
public sealed class LlmDecisionStrategy(ILanguageModel router, PromptComposer composer, LlmDecisionOptions options) : IDeliberatingStrategy
{
    private readonly StrategyId _id = new(options.StrategyName);
    private readonly List<LlmDecisionRecord> _decisions = [];
    private IStrategyContext? _context;
    private BarHistory[] _history = [];
    private readonly BatchSessions? _sessions = options.Mode == LlmDecisionMode.Batch && options.Calendar is { } calendar && options.BarLength < TimeSpan.FromDays(1)
        ? new BatchSessions(calendar, options.SessionsPerDay)
        : null;
    private int _slices;
    private bool _due;

    public string Name => options.StrategyName;

    public IReadOnlyList<LlmDecisionRecord> Decisions => _decisions;

    public bool WantsToDeliberate => _due;

    public void Initialize(IStrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _history = [.. context.Instruments.Select(_ => new BarHistory(options.HistoryBars))];
    }

    public void OnBar(int instrument, in Bar bar)
    {
        _history[instrument].Add(in bar);
    }

    public void OnTimeSliceEnd(DateTimeOffset time) =>
        _due = _sessions?.IsDue(time, time + options.BarLength) ?? _slices++ % Math.Max(1, options.EveryBars) == 0;

    public void OnFill(Fill fill)
    {
    }

    public async ValueTask DeliberateAsync(DateTimeOffset time, CancellationToken cancellationToken)
    {
        _due = false;
        var context = _context ?? throw new InvalidOperationException("Initialize must be called before bars are delivered.");
        // The slice's bars have closed: the decision is made at their close, so AsOf is the end of the slice's bars.
        var asOf = time + options.BarLength;
        var histories = context.Instruments.Select((instrument, i) =>
            new InstrumentHistory(instrument, _history[i].View(), options.BarLength, context.PositionOf(i))).ToList();
        var chosen = (options.Candidates?.Invoke(histories) ?? [.. histories.Select(h => h.Instrument.Id)])
            .Concat(histories.Where(h => h.Position is not (null or 0m)).Select(h => h.Instrument.Id)).Distinct().ToList();
        var selected = histories.Where(h => chosen.Contains(h.Instrument.Id)).ToList();
        if (selected.Count == 0) return;

        if (options.Mode == LlmDecisionMode.Batch)
        {
            var (answer, prompt) = await AskAsync(LlmTask.BatchDecision, PromptKind.BatchDecision, ResponseSchemas.BatchDecision, selected, asOf, cancellationToken).ConfigureAwait(false);
            var batch = answer.Answered ? BatchDecisionParser.Parse(answer.Text, [.. selected.Select(h => h.Instrument.Id)], options.MinConfidence) : null;
            var rules = batch is null ? RulesFor(histories, asOf, answer) : null;
            foreach (var h in selected)
            {
                var decision = batch?.For(h.Instrument.Id) ?? rules![h.Instrument.Id];
                Act(h, decision, answer, prompt, time, batch?.Problems ?? []);
            }
            return;
        }
        Dictionary<InstrumentId, LlmDecision>? fallback = null;
        foreach (var h in selected)
        {
            var (answer, prompt) = await AskAsync(LlmTask.TradingDecision, PromptKind.Decision, ResponseSchemas.Decision, [h], asOf, cancellationToken).ConfigureAwait(false);
            var decision = answer.Answered
                ? DecisionParser.Parse(answer.Text, options.MinConfidence)
                : (fallback ??= RulesFor(histories, asOf, answer))[h.Instrument.Id];
            Act(h, decision, answer, prompt, time, []);
        }
    }

    private async Task<(RoutedAnswer Answer, BuiltPrompt Prompt)> AskAsync(
        LlmTask task, PromptKind kind, string schema, IReadOnlyList<InstrumentHistory> instruments, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var context = PromptContextBuilder.Build(options.Market, asOf,
            instruments.Select(h => new PromptInstrument(h.Instrument, h.Bars, h.BarLength, h.Position, h.AverageCost)), options.RiskLimits);
        var prompt = composer.Build(kind, context);
        var answer = await router.CompleteAsync(task, new ChatRequest(prompt.System, prompt.User, PromptKinds.TemplateName(kind).Replace('-', '_'), schema), cancellationToken)
            .ConfigureAwait(false);
        return (answer, prompt);
    }

    /// <summary>The rules engine's decisions for every instrument, from the same point-in-time histories the prompt saw.</summary>
    private Dictionary<InstrumentId, LlmDecision> RulesFor(IReadOnlyList<InstrumentHistory> histories, DateTimeOffset asOf, RoutedAnswer answer)
    {
        var why = $"no model answered ({answer.NoAnswerReason})";
        if (options.Rules is not { } rules)
            return histories.ToDictionary(h => h.Instrument.Id, _ => LlmDecision.Invalid($"{why}; no rules engine, so HOLD"));
        var request = PlanningRequest.Create(options.Market, DateOnly.FromDateTime(asOf.UtcDateTime), asOf, histories);
        return rules.Decide(request).ToDictionary(d => d.Instrument, d => RulesDecisions.ToDecision(d, why));
    }

    private void Act(InstrumentHistory h, LlmDecision decision, RoutedAnswer answer, BuiltPrompt prompt, DateTimeOffset time, IReadOnlyList<string> problems)
    {
        var context = _context!;
        var index = context.IndexOf(h.Instrument.Id);
        var source = answer.Answered ? $"{answer.Provider}/{answer.Model}{(answer.CacheHit ? " (cached)" : "")}" : "rules";
        // Rules decisions are the strategy's own; only a model's answer carries model origin (and its confidence gate).
        var origin = answer.Answered ? IntentOrigin.Model : IntentOrigin.Strategy;
        TradeIntent? intent = null;
        var last = h.Bars.Count > 0 ? h.Bars[^1].Close : (decimal?)null;
        if (decision.Action == DecisionAction.Buy && last is { } entry)
        {
            intent = new TradeIntent(h.Instrument.Id, IntentAction.Buy, _id, time,
                Size: decision.Size is { } size ? new SizeSpec.PercentOfEquity(size) : null,
                Confidence: decision.Confidence / 100.0,
                Rationale: $"[{source}] {decision.Rationale}",
                TakeProfit: Level(decision.TakeProfit, entry, up: true),
                StopLoss: Level(decision.StopLoss, entry, up: false),
                Origin: origin);
        }
        else if (decision.Action == DecisionAction.Sell && context.PositionOf(index) > 0)
        {
            intent = new TradeIntent(h.Instrument.Id, IntentAction.Close, _id, time, Confidence: decision.Confidence / 100.0,
                Rationale: $"[{source}] {decision.Rationale}", Origin: origin);
        }
        var notes = new List<string>(answer.Notes);
        notes.AddRange(prompt.Truncations.Select(t => "prompt: " + t));
        notes.AddRange(problems);
        _decisions.Add(new LlmDecisionRecord(time, h.Instrument.Id, decision, source, intent, notes));
        if (intent is not null) context.Submit(intent);
    }

    private static decimal? Level(PriceLevel? level, decimal entry, bool up) => level switch
    {
        null => null,
        { Kind: PriceLevelKind.Price } p => p.Value,
        { } p => Math.Round(entry * (1 + (up ? p.Value : -p.Value) / 100m), 8),
    };
}
