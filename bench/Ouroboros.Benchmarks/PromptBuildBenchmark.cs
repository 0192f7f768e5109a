using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ouroboros.Ai.Prompts;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Benchmarks;

/// <summary>
/// One prompt as <c>LlmDecisionStrategy</c> builds it: <see cref="PromptContextBuilder.Build"/> (cut at AsOf, weekly
/// bars, indicator snapshots) then <see cref="PromptComposer.Build"/> (templates, token estimate, budget cuts) with the
/// default settings, for a decision prompt (KRX 069500, its last 120 daily bars) and a batch prompt (all ten data/kr
/// files, 120 bars each), with the risk lines the runtime adds. Each has its own baseline: a StringBuilder writing
/// the same bars as CSV lines, so the ratio is what templates, indicators and token budgeting cost over formatting
/// the data. The setup checks that every bar reached the context and that the prompts name their instruments.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PromptBuildBenchmark
{
    private readonly PromptComposer _composer = new();
    private PromptInstrument[] _all = null!;
    private Bar[][] _histories = null!;
    private DateTimeOffset _asOf;
    private IReadOnlyList<string> _risk = null!;

    /// <summary>The decision prompt as built once in the setup (RouterOverheadBenchmark sends it).</summary>
    public BuiltPrompt? DecisionPrompt { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var series = BrainBenchData.LoadKr();
        (_asOf, _histories) = BrainBenchData.Histories(series);
        _all = [.. series.Select((s, i) => new PromptInstrument(s.Instrument, _histories[i], TimeSpan.FromDays(1)))];
        _risk = BrainBenchData.RiskLines();

        var single = PromptContextBuilder.Build("KRX", _asOf, [_all[0]], _risk);
        if (single.Instruments[0].Timeframes[0].Bars.Count != BrainBenchData.HistoryBars) throw new InvalidOperationException("the decision context lost bars");
        DecisionPrompt = Decision();
        var batch = Batch();
        if (!DecisionPrompt.User.Contains(_all[0].Instrument.Symbol, StringComparison.Ordinal)
            || _all.Any(i => !batch.User.Contains(i.Instrument.Symbol, StringComparison.Ordinal)))
            throw new InvalidOperationException("a prompt does not name its instruments");
        Console.WriteLine($"// prompts at {_asOf:yyyy-MM-dd}: {Describe()}");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("decision")]
    public string CsvDecision() => Csv(_histories.AsSpan(0, 1));

    [Benchmark, BenchmarkCategory("decision")]
    public BuiltPrompt Decision() =>
        _composer.Build(PromptKind.Decision, PromptContextBuilder.Build("KRX", _asOf, [_all[0]], _risk));

    [Benchmark(Baseline = true), BenchmarkCategory("batch")]
    public string CsvBatch() => Csv(_histories);

    [Benchmark, BenchmarkCategory("batch")]
    public BuiltPrompt Batch() =>
        _composer.Build(PromptKind.BatchDecision, PromptContextBuilder.Build("KRX", _asOf, _all, _risk));

    private static string Csv(ReadOnlySpan<Bar[]> histories)
    {
        var text = new StringBuilder();
        foreach (var bars in histories)
        {
            text.Append("date,open,high,low,close,volume\n");
            foreach (var b in bars)
            {
                text.Append(CultureInfo.InvariantCulture, $"{b.Time:yyyy-MM-dd},{b.Open},{b.High},{b.Low},{b.Close},{b.Volume}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>What the two prompts look like, for the report.</summary>
    public string Describe()
    {
        var d = Decision();
        var b = Batch();
        return $"decision: {d.EstimatedTokens} tokens (budget {d.Budget}), {d.System.Length + d.User.Length} chars, cuts: {string.Join(" | ", d.Truncations)}\n" +
               $"batch: {b.EstimatedTokens} tokens (budget {b.Budget}), {b.System.Length + b.User.Length} chars, cuts: {string.Join(" | ", b.Truncations)}";
    }
}
