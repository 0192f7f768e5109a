namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>How the Bybit broker adapter works an account.</summary>
public sealed record BybitBrokerOptions
{
    /// <summary>How often working orders are looked up for fills, cancels and refusals.</summary>
    public TimeSpan FillPollInterval { get; init; } = TimeSpan.FromSeconds(2);
}
