using Ouroboros.Core.Ports;
using Ouroboros.TestKit.Contracts;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Core.Tests.Contracts;

/// <summary>The in-memory IBrokerTokenStore (the tests' stand-in) passes the same contract as the real stores.</summary>
public sealed class InMemoryBrokerTokenStoreContractTests : BrokerTokenStoreContract
{
    private readonly InMemoryBrokerTokenStore _store = new();

    protected override Task<IBrokerTokenStore> OpenAsync() => Task.FromResult<IBrokerTokenStore>(_store);
}
