namespace Ouroboros.Ai.Routing;

/// <summary>
/// One circuit per provider, so a model server that never answers costs a route N failed calls and then nothing
/// until its cool-off ends, instead of every retry of every request timing out. Time comes from the caller (the
/// router's <see cref="TimeProvider"/>), which lets tests walk the states on a fake clock. Thread-safe.
/// </summary>
public sealed class ProviderCircuitBreaker(CircuitBreakerOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Circuit> _circuits = new(StringComparer.OrdinalIgnoreCase);

    public CircuitBreakerOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public BreakerState StateOf(string provider, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_circuits.TryGetValue(provider, out var c) || c.OpenUntil is not { } until) return BreakerState.Closed;
            return now >= until ? BreakerState.HalfOpen : BreakerState.Open;
        }
    }

    /// <summary>When the provider may be called again; null when it may be called now (closed, or half-open for a probe).</summary>
    public DateTimeOffset? DownUntil(string provider, DateTimeOffset now)
    {
        lock (_gate)
            return _circuits.TryGetValue(provider, out var c) && c.OpenUntil is { } until && now < until ? until : null;
    }

    /// <summary>The call answered: the circuit closes and the failure count starts over.</summary>
    public void RecordSuccess(string provider)
    {
        lock (_gate) _circuits.Remove(provider);
    }

    /// <summary>A call failed in a way that says the provider is down. True when this failure opened (or re-opened) the circuit.</summary>
    public bool RecordFailure(string provider, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_circuits.TryGetValue(provider, out var c)) _circuits[provider] = c = new Circuit();
            var probeFailed = c.OpenUntil is { } until && now >= until;
            c.Failures++;
            if (!probeFailed && c.Failures < Options.FailuresToOpen) return false;
            c.OpenUntil = now + Options.CoolOff;
            return true;
        }
    }

    private sealed class Circuit
    {
        public int Failures { get; set; }
        public DateTimeOffset? OpenUntil { get; set; }
    }
}
