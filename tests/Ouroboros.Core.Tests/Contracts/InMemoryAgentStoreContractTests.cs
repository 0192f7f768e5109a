using Ouroboros.Core.Agent;
using Ouroboros.TestKit.Contracts;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Core.Tests.Contracts;

/// <summary>The in-memory IAgentStore of TestKit passes the same contract as the durable stores; a reopen is the same instance.</summary>
public sealed class InMemoryAgentStoreContractTests : AgentStoreContract
{
    private readonly InMemoryAgentStore _store = new();

    protected override Task<IAgentStore> OpenAsync(TimeProvider clock) => Task.FromResult<IAgentStore>(_store);
}
