using Ouroboros.Core.Ports;
using Ouroboros.TestKit.Contracts;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Core.Tests.Contracts;

/// <summary>The in-memory IResponseCache of TestKit passes the same contract as the durable stores; a reopen is the same instance.</summary>
public sealed class InMemoryResponseCacheContractTests : ResponseCacheContract
{
    private InMemoryResponseCache? _store;

    protected override Task<IResponseCache> OpenAsync(TimeProvider clock) => Task.FromResult<IResponseCache>(_store ??= new InMemoryResponseCache());
}
