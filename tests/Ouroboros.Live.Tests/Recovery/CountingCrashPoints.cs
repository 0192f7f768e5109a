using Ouroboros.Core.Faults;

namespace Ouroboros.Live.Tests.Recovery;

/// <summary>Counts how often each crash point is hit in a run that is never killed, so crash plans pick hits that happen.</summary>
internal sealed class CountingCrashPoints : ICrashPoints
{
    public Dictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public int Total => Hits.Values.Sum();

    public void Hit(string point) => Hits[point] = Hits.GetValueOrDefault(point) + 1;
}
