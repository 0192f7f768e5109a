using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>
/// A loaded series with its gap report. <see cref="FromCache"/> says whether the binary cache served it;
/// <see cref="CacheWarning"/> is set when the cache could not be written (the series is still good).
/// </summary>
public sealed record LoadedSeries(BarSeries Series, GapReport Gaps, bool FromCache, string? CacheWarning = null);
