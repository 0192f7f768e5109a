namespace Ouroboros.Cli.Tests.Agent;

/// <summary>The crash harness runs its own two agents at a time and must not share the two cores with other CLI tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashHarnessCollection
{
    public const string Name = "crash harness";
}
