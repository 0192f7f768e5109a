namespace Ouroboros.Domain.Primitives;

/// <summary>Cash currencies an account can hold.</summary>
public enum Currency
{
    KRW,
    USD,
    USDT,
    JPY,
    HKD,
    CNY,
    VND,
}
