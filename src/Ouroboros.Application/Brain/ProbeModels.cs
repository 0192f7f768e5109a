using Ouroboros.Application.Telemetry;

namespace Ouroboros.Application.Brain;

/// <summary>
/// One tiny structured request to every configured profile, each on its own (no fallback, no retry, no budget), so a
/// broken provider shows as broken. The attempts are logged under the task <see cref="ModelProbe.TaskName"/>.
/// </summary>
public sealed class ProbeModels(ILlmRuntimeFactory runtimes, BrainSettings brain, ModelProbeSettings settings, TimeProvider clock)
{
    public async Task<ProbeModelsResult> ExecuteAsync(ProbeModelsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!brain.HasModels) return new ProbeModelsResult(false, []);
        using var activity = ApplicationTelemetry.Start("llm.probe");
        var runtime = await runtimes.CreateAsync(null, cancellationToken).ConfigureAwait(false);
        var order = settings.ProfileOrder.ToList();
        var profiles = runtime.Router.Profiles
            .OrderBy(p => order.FindIndex(n => string.Equals(n, p.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        var probe = new ModelProbe(settings.Prices, runtime.Calls, clock, settings.Secrets);
        // One profile at a time: the log's appends stay in order, and a slow provider's latency is its own.
        var results = new List<ModelProbeResult>();
        foreach (var profile in profiles)
            results.Add(await probe.RunAsync(profile, cancellationToken).ConfigureAwait(false));
        return new ProbeModelsResult(true, results);
    }
}
