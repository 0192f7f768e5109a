using Ouroboros.Core.Planning;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Strategies;

/// <summary>
/// How an <see cref="LlmDecisionStrategy"/> runs. It decides every <see cref="EveryBars"/> time slices, about the
/// instruments <see cref="Candidates"/> picks from the point-in-time histories (all of them when null; held
/// positions are always added). <see cref="MinConfidence"/> (0–100) turns weaker decisions into HOLD.
/// </summary>
public sealed record LlmDecisionOptions(
    string Market,
    TimeSpan BarLength,
    LlmDecisionMode Mode = LlmDecisionMode.Realtime,
    int EveryBars = 1,
    int MinConfidence = 80,
    int HistoryBars = 300,
    Func<IReadOnlyList<InstrumentHistory>, IReadOnlyList<InstrumentId>>? Candidates = null,
    IReadOnlyList<string>? RiskLimits = null,
    string StrategyName = "llm");
