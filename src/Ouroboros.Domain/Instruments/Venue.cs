namespace Ouroboros.Domain.Instruments;

/// <summary>Where an instrument trades; selects the broker model (fees, taxes, ticks, lots).</summary>
public enum Venue
{
    /// <summary>No venue rules: only the commission given, no slippage, no taxes, whole units.</summary>
    Generic,
    Krx,
    Us,
    Bybit,
}

public enum AssetClass
{
    Stock,
    Etf,
    Crypto,
    Index,
}
