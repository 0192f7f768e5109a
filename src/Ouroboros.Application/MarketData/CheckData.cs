using Ouroboros.Domain.Venues;
using Ouroboros.Application.Telemetry;
using Ouroboros.MarketData;

namespace Ouroboros.Application.MarketData;

/// <summary>
/// Validates one OHLCV file: layout, bad rows (file, line, problem), range and gaps. The cache is bypassed so the file
/// itself is read and checked, not an earlier copy of it. Unusable files are <see cref="MarketDataException"/>s.
/// </summary>
public sealed class CheckData(MarketDataLoader loader)
{
    public CheckDataResult Execute(CheckDataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ApplicationTelemetry.Start("data.check");
        var loaded = loader.Load(request.File, new LoadOptions { UseCache = false, Venue = request.Venue });
        return new CheckDataResult(request.File, loaded.Series, loaded.Gaps);
    }
}
