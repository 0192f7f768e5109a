using Ouroboros.Core.Time;

namespace Ouroboros.Core.Tests.Time;

/// <summary>The simulated clock only moves forward, and only when told.</summary>
public sealed class SimulatedTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_clock_starts_at_the_given_time() => new SimulatedTimeProvider(Start).GetUtcNow().ShouldBe(Start);

    [Fact]
    public void Advancing_moves_the_clock_forward_and_to_the_same_time_is_allowed()
    {
        var clock = new SimulatedTimeProvider(Start);

        clock.AdvanceTo(Start.AddHours(1));
        clock.AdvanceTo(Start.AddHours(1));

        clock.GetUtcNow().ShouldBe(Start.AddHours(1));
    }

    [Fact]
    public void Moving_the_clock_back_throws_and_keeps_the_time()
    {
        var clock = new SimulatedTimeProvider(Start);

        Should.Throw<InvalidOperationException>(() => clock.AdvanceTo(Start.AddTicks(-1))).Message.ShouldStartWith("Simulated time cannot go back");
        clock.GetUtcNow().ShouldBe(Start);
    }
}
