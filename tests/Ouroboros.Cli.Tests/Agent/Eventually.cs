namespace Ouroboros.Cli.Tests.Agent;

/// <summary>Polls until a condition holds (what another process does takes a moment to show), failing with the last observation.</summary>
internal static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> observe, Func<T, bool> holds, TimeSpan within, string what)
    {
        using var deadline = new CancellationTokenSource(within);
        T last;
        while (true)
        {
            last = await observe();
            if (holds(last)) return last;
            if (deadline.IsCancellationRequested) throw new TimeoutException($"{what} did not happen within {within}; last seen: {last}");
            await Task.Delay(100, CancellationToken.None);
        }
    }
}
