namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>Where the figures were measured; Configuration is Debug when the engine was built without optimisations.</summary>
public sealed record MachineInfo(int Cores, string Runtime, string Os, string Architecture, bool ServerGc, string Configuration);
