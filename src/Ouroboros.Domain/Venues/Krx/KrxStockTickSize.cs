using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Venues;

/// <summary>The KRX stock tick table in force since 2023-01-25 (KOSPI, KOSDAQ and KONEX alike).</summary>
public sealed class KrxStockTickSize : TickSizeRule
{
    public static KrxStockTickSize Instance { get; } = new();

    public override decimal TickAt(decimal price) => price switch
    {
        < 2_000m => 1m,
        < 5_000m => 5m,
        < 20_000m => 10m,
        < 50_000m => 50m,
        < 200_000m => 100m,
        < 500_000m => 500m,
        _ => 1_000m,
    };
}
