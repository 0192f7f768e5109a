using Ouroboros.Domain.Bars;

namespace Ouroboros.Core.Inbox;

/// <summary>
/// One entry of the kernel's inbox. A struct, so that replaying bars allocates nothing: a bar travels inline with its
/// instrument index (an index into the run's instrument list); the rare kinds carry an immutable record.
/// </summary>
public readonly struct KernelEvent
{
    private KernelEvent(KernelEventKind kind, int instrument, in Bar bar, KernelMessage? message)
    {
        Kind = kind;
        Instrument = instrument;
        Bar = bar;
        Message = message;
    }

    public KernelEventKind Kind { get; }

    /// <summary>The bar's instrument index; -1 for the other kinds.</summary>
    public int Instrument { get; }

    /// <summary>The bar (default for the other kinds).</summary>
    public Bar Bar { get; }

    /// <summary>The report, timer or command; null for bars.</summary>
    public KernelMessage? Message { get; }

    public DateTimeOffset Time => Kind == KernelEventKind.Bar ? Bar.Time : Message!.Time;

    public static KernelEvent OfBar(int instrument, in Bar bar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(instrument);
        return new(KernelEventKind.Bar, instrument, in bar, null);
    }

    public static KernelEvent Of(ExecutionReport report) => new(KernelEventKind.Execution, -1, default, Checked(report));

    public static KernelEvent Of(KernelTimer timer) => new(KernelEventKind.Timer, -1, default, Checked(timer));

    public static KernelEvent Of(OperatorCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(command.By);
        ArgumentException.ThrowIfNullOrWhiteSpace(command.Reason);
        return new(KernelEventKind.Operator, -1, default, command);
    }

    public static KernelEvent Of(PartialBarsCommand partialBars) => new(KernelEventKind.PartialBars, -1, default, Checked(partialBars));

    private static T Checked<T>(T message) where T : KernelMessage
    {
        ArgumentNullException.ThrowIfNull(message);
        return message;
    }
}
