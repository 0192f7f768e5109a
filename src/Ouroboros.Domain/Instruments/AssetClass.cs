namespace Ouroboros.Domain.Instruments;

public enum AssetClass
{
    Stock,
    Etf,
    Crypto,
    Index,
}
