namespace Ouroboros.Application.Brain;

/// <summary>
/// One <see cref="ModelProbeResult"/> per configured profile, in the order they were configured.
/// <see cref="AnyProvider"/> is false when no provider is configured: then nothing was probed (the engine runs on the rules).
/// </summary>
public sealed record ProbeModelsResult(bool AnyProvider, IReadOnlyList<ModelProbeResult> Profiles)
{
    /// <summary>True when every profile answered (and when there was none to ask).</summary>
    public bool Ok => Profiles.All(p => p.Ok);
}
