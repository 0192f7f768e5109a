using Ouroboros.Domain.Bars;
using Ouroboros.MarketData;

namespace Ouroboros.Application.MarketData;

/// <summary>What <see cref="CheckData"/> found in <see cref="File"/>: the series as loaded and its gaps (reported, never filled).</summary>
public sealed record CheckDataResult(string File, BarSeries Series, GapReport Gaps);
