using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies.Scanning;

/// <summary>An instrument the scan could not score, and why (never scored as 0 instead).</summary>
public sealed record ScanExclusion(InstrumentId Instrument, string Reason)
{
    public override string ToString() => $"{Instrument}: {Reason}";
}
