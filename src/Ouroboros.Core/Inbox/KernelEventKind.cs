namespace Ouroboros.Core.Inbox;

/// <summary>What an inbox entry carries; bars are by far the most frequent, so they come first.</summary>
public enum KernelEventKind : byte
{
    /// <summary>A closed bar of one instrument (market data).</summary>
    Bar,

    /// <summary>A broker's report about an order (<see cref="ExecutionReport"/>).</summary>
    Execution,

    /// <summary>A timer (<see cref="KernelTimer"/>), e.g. the close of a time slice a live feed cannot wait for.</summary>
    Timer,

    /// <summary>An operator's command (<see cref="OperatorCommand"/>): kill, halt, resume.</summary>
    Operator,

    /// <summary>A rescan's in-progress bars (<see cref="PartialBarsCommand"/>); never a closed bar.</summary>
    PartialBars,
}
