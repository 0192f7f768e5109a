using Ouroboros.Core.Ports;
using Ouroboros.TestKit.Contracts;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Core.Tests.Contracts;

/// <summary>The in-memory IPlaybookStore of TestKit passes the same contract as the durable stores; a reopen is the same instance.</summary>
public sealed class InMemoryPlaybookStoreContractTests : PlaybookStoreContract
{
    private InMemoryPlaybookStore? _store;

    protected override Task<IPlaybookStore> OpenAsync(TimeProvider clock) => Task.FromResult<IPlaybookStore>(_store ??= new InMemoryPlaybookStore());
}
