using Ouroboros.Domain.Bars;

namespace Ouroboros.Core.Events;

/// <summary>A bar for the instrument at <see cref="Instrument"/> (an index into the run's instrument list).</summary>
public readonly record struct BarEvent(int Instrument, Bar Bar);
