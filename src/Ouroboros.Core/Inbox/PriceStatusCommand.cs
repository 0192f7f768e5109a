using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Inbox;

/// <summary>
/// Marks an instrument's price stale: its feed has been silent since <see cref="LastEventAt"/> for longer than its
/// limit (<see cref="Silence"/> when noticed). While stale, entries in it are skipped as "data missing"; the mark is
/// cleared by the instrument's next bar (fresh data), or by this command with <see cref="Stale"/> false.
/// </summary>
public sealed record PriceStatusCommand(InstrumentId Instrument, bool Stale, DateTimeOffset LastEventAt, TimeSpan Silence, string By, string Reason, DateTimeOffset Time)
    : OperatorCommand(By, Reason, Time);
