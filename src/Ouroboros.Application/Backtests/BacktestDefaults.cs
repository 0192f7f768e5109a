namespace Ouroboros.Application.Backtests;

/// <summary>How the host loads data for backtests and plans (the binary bar cache on or off).</summary>
public sealed record BacktestDefaults(bool UseCache);
