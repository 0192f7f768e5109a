using Ouroboros.Core.Ports;
using Ouroboros.TestKit.Contracts;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Core.Tests.Contracts;

/// <summary>The in-memory IRunStore of TestKit passes the same contract as the durable stores; a reopen is the same instance.</summary>
public sealed class InMemoryRunStoreContractTests : RunStoreContract
{
    private InMemoryRunStore? _store;

    protected override Task<IRunStore> OpenAsync(TimeProvider clock) => Task.FromResult<IRunStore>(_store ??= new InMemoryRunStore());
}
