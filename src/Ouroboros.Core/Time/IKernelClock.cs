namespace Ouroboros.Core.Time;

/// <summary>
/// The kernel's clock. A replay moves a simulated clock to each slice's time; live, the machine's clock moves by itself
/// and <see cref="AdvanceTo"/> only checks that events keep their order.
/// </summary>
public interface IKernelClock
{
    /// <summary>What everything else reads the time from.</summary>
    TimeProvider Time { get; }

    /// <summary>A slice at <paramref name="time"/> begins; going back in time is a bug and throws.</summary>
    void AdvanceTo(DateTimeOffset time);
}
