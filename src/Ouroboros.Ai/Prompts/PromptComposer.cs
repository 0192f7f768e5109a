using System.Globalization;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// Fills a template pair from a <see cref="PromptContext"/> and fits it to the token budget. Cuts, applied in this order
/// and each only as far as needed:
/// <list type="number">
/// <item>memory lines, oldest first;</item>
/// <item>older OHLCV rows of each timeframe, finest timeframe first and coarsest last, keeping at least the last
/// <see cref="PromptSettings.MinRowsPerTimeframe"/> rows per timeframe;</item>
/// <item>whole coarser timeframes (weekly, 4h, 1h), coarsest first; the base timeframe always stays;</item>
/// <item>candidates beyond the first, last first.</item>
/// </list>
/// Every cut is listed in <see cref="BuiltPrompt.Truncations"/>; when everything is cut and it still does not fit the
/// prompt is flagged <see cref="BuiltPrompt.OverBudget"/>.
/// </summary>
public sealed class PromptComposer
{
    private readonly PromptTemplates _templates;

    public PromptComposer(PromptTemplates? templates = null)
    {
        _templates = templates ?? new PromptTemplates();
    }

    public BuiltPrompt Build(PromptKind kind, PromptContext context, PromptSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        settings ??= new PromptSettings();
        var template = _templates.Load(kind);
        var budget = settings.Budget ?? PromptKinds.DefaultBudget(kind);
        var state = new TruncationState();
        var labels = context.Instruments.SelectMany(i => i.Timeframes).GroupBy(t => t.Label)
            .Select(g => (Label: g.Key, g.First().Length, Rows: g.Max(t => t.Bars.Count))).OrderBy(t => t.Length).ToArray();
        foreach (var (label, _, rows) in labels) state.RowLimit[label] = Math.Min(rows, settings.MaxRowsPerTimeframe);

        var cuts = new List<string>();
        (string System, string User) Render() => RenderWith(kind, template, context, settings, state);
        bool Fits() => Tokens(Render()) <= budget;

        if (!Fits()) CutMemory(context, state, Fits, cuts);
        if (!Fits()) CutRows(labels, state, Fits, cuts);
        if (!Fits()) CutTimeframes(context, labels, state, Fits, cuts);
        if (!Fits()) CutCandidates(context, state, Fits, cuts);

        var final = Render();
        var tokens = Tokens(final);
        return new BuiltPrompt(kind, final.System, final.User, tokens, budget, context.AsOf, cuts, tokens > budget, ResponseSchemas.Hash(kind));
    }

    private static int Tokens((string System, string User) prompt) => TokenEstimator.Estimate(prompt.System) + TokenEstimator.Estimate(prompt.User);

    private static void CutMemory(PromptContext context, TruncationState state, Func<bool> fits, List<string> cuts)
    {
        var n = context.Memory.Count;
        if (n == 0) return;
        state.MemoryDropped = Smallest(1, n, k => Try(() => state.MemoryDropped = k, fits));
        cuts.Add($"memory: dropped the {state.MemoryDropped} oldest of {n} lines");
    }

    private static void CutRows((string Label, TimeSpan Length, int Rows)[] labels, TruncationState state, Func<bool> fits, List<string> cuts)
    {
        foreach (var (label, _, _) in labels)
        {
            var current = state.RowLimit[label];
            if (current <= PromptSettings.MinRowsPerTimeframe) continue;
            // Fewer rows always means fewer tokens, so the largest row count that fits is found by bisection.
            var low = PromptSettings.MinRowsPerTimeframe;
            var high = current - 1;
            var keep = low;
            while (low <= high)
            {
                var mid = low + ((high - low) / 2);
                state.RowLimit[label] = mid;
                if (fits())
                {
                    keep = mid;
                    low = mid + 1;
                }
                else high = mid - 1;
            }
            state.RowLimit[label] = keep;
            cuts.Add($"rows: {label} cut to the last {keep} rows per instrument (from {current})");
            if (fits()) return;
        }
    }

    private static void CutTimeframes(PromptContext context, (string Label, TimeSpan Length, int Rows)[] labels, TruncationState state, Func<bool> fits, List<string> cuts)
    {
        var bases = context.Instruments.Where(i => i.Timeframes.Count > 0).Select(i => i.Timeframes[0].Label).ToHashSet(StringComparer.Ordinal);
        foreach (var (label, _, _) in labels.Reverse())
        {
            if (bases.Contains(label)) continue;
            state.DroppedTimeframes.Add(label);
            cuts.Add($"timeframe: {label} left out");
            if (fits()) return;
        }
    }

    private static void CutCandidates(PromptContext context, TruncationState state, Func<bool> fits, List<string> cuts)
    {
        var n = context.Candidates.Count;
        if (n <= 1) return;
        state.CandidatesDropped = Smallest(1, n - 1, k => Try(() => state.CandidatesDropped = k, fits));
        cuts.Add($"candidates: dropped the last {state.CandidatesDropped} of {n}");
    }

    private static bool Try(Action apply, Func<bool> fits)
    {
        apply();
        return fits();
    }

    /// <summary>The smallest k in [from, to] for which the monotone <paramref name="fits"/> holds, or <paramref name="to"/>.</summary>
    private static int Smallest(int from, int to, Func<int, bool> fits)
    {
        var low = from;
        var high = to;
        var answer = to;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (fits(mid))
            {
                answer = mid;
                high = mid - 1;
            }
            else low = mid + 1;
        }
        return answer;
    }

    private static (string System, string User) RenderWith(PromptKind kind, PromptTemplate template, PromptContext context, PromptSettings settings, TruncationState state)
    {
        var date = settings.Date ?? DateOnly.ParseExact(context.LocalTime[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["market"] = context.Market,
            ["local_time"] = context.LocalTime,
            ["as_of"] = context.AsOf.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["kind"] = PromptKinds.TemplateName(kind),
            ["instruments"] = PromptSections.Instruments(context, state),
            ["positions"] = PromptSections.Positions(context),
            ["risk_limits"] = PromptSections.List(context.RiskLimits),
            ["memory"] = PromptSections.List(context.Memory.Skip(state.MemoryDropped)),
            ["candidates"] = PromptSections.List(context.Candidates.Take(context.Candidates.Count - state.CandidatesDropped)),
            ["schema_hint"] = ResponseSchemas.For(kind),
            ["schema_hash"] = ResponseSchemas.Hash(kind),
            ["vocabulary"] = ConditionVocabulary.Text,
            ["max_scenarios"] = settings.MaxScenarios.ToString(CultureInfo.InvariantCulture),
        };
        return (Placeholders.Fill(template.System, values), Placeholders.Fill(template.User, values));
    }
}
