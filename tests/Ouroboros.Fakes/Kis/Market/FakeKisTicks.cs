namespace Ouroboros.Fakes.Kis;

/// <summary>KRX 호가가격단위 since 2023-01-25 (§8.2), ETF/ETN/ELW 5 KRW, and the ±30% band (§8.2).</summary>
internal static class FakeKisTicks
{
    public static decimal Tick(decimal price, bool isEtf) => isEtf ? 5m : price switch
    {
        < 2_000m => 1m,
        < 5_000m => 5m,
        < 20_000m => 10m,
        < 50_000m => 50m,
        < 200_000m => 100m,
        < 500_000m => 500m,
        _ => 1_000m,
    };

    public static bool OnTick(decimal price, bool isEtf) => price % Tick(price, isEtf) == 0;

    /// <summary>Base × 1.3, rounded down to a tick valid at that price.</summary>
    public static decimal UpperLimit(decimal basePrice, bool isEtf)
    {
        var raw = basePrice * 1.3m;
        var tick = Tick(raw, isEtf);
        return Math.Floor(raw / tick) * tick;
    }

    /// <summary>Base × 0.7, rounded up to a tick valid at that price.</summary>
    public static decimal LowerLimit(decimal basePrice, bool isEtf)
    {
        var raw = basePrice * 0.7m;
        var tick = Tick(raw, isEtf);
        return Math.Ceiling(raw / tick) * tick;
    }
}
