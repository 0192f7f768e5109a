using Ouroboros.Core.Planning;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Strategies;

/// <summary>
/// How an <see cref="LlmDecisionStrategy"/> runs. Realtime mode decides every <see cref="EveryBars"/> time slices.
/// Batch mode with intraday bars and a <see cref="Calendar"/> decides once in each of <see cref="SessionsPerDay"/>
/// equal parts of the regular session (the free-tier schedule: four calls per market per day); with daily bars or no
/// calendar it falls back to every <see cref="EveryBars"/> slices. Decisions are about the instruments
/// <see cref="Candidates"/> picks from the point-in-time histories (all of them when null; held positions are always
/// added). <see cref="MinConfidence"/> (0–100) turns weaker model decisions into HOLD. <see cref="Rules"/> decides
/// when no model answers (null: HOLD).
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
    string StrategyName = "llm",
    IDecisionRules? Rules = null,
    MarketCalendar? Calendar = null,
    int SessionsPerDay = 4);
