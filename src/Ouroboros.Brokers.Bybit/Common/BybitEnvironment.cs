namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>Which Bybit a key belongs to (external-apis.md §1.1); a key works only in its own environment (10003 elsewhere).</summary>
public enum BybitEnvironment
{
    Mainnet,
    Testnet,

    /// <summary>Mainnet demo trading: keys made on mainnet after switching to Demo Trading.</summary>
    Demo,
}
