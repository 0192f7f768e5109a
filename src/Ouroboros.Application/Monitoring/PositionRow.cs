namespace Ouroboros.Application.Monitoring;

/// <summary>One held instrument and its signed quantity.</summary>
public sealed record PositionRow(string Instrument, decimal Quantity);
