namespace Ouroboros.Brokers.Kis.Common;

/// <summary>Which KIS host an app key belongs to: each host accepts only its own keys (kis-openapi.md §1).</summary>
public enum KisEnvironment
{
    /// <summary>실전: real money, 20 requests/s per key.</summary>
    Real,

    /// <summary>모의 (VTS): the paper host, about 2 requests/s per key, no rankings, no holiday check.</summary>
    Vts,
}
