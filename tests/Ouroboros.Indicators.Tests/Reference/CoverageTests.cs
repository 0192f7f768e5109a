namespace Ouroboros.Indicators.Tests.Reference;

public sealed class CoverageTests
{
    /// <summary>Reference groups for indicators this library does not implement.</summary>
    private static readonly string[] OutOfScope =
        ["TEMA", "DEMA", "HMA", "KAMA", "MFI", "VWMA", "ParabolicSAR", "Aroon", "CMF"];

    private static readonly string[] Verified =
    [
        "RSI", "ATR", "EMA", "EMA(open)", "SMA", "MACD", "BollingerBands", "Stochastic", "ADX", "CCI", "ROC",
        "WMA", "SMMA", "Donchian", "Keltner", "StdDev", "OBV", "WilliamsR",
    ];

    [Fact]
    public void Every_reference_spot_check_group_is_verified_or_declared_out_of_scope()
    {
        var groups = ReferenceFile.Groups.Select(g => g.Indicator).ToArray();
        groups.Order().ShouldBe(Verified.Concat(OutOfScope).Order());
    }
}
