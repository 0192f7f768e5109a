namespace Ouroboros.Application.Brain;

/// <summary>Probe every configured profile. There is nothing to choose yet; the request exists so front ends call every use case alike.</summary>
public sealed record ProbeModelsRequest;
