using Ouroboros.Core.Ports;
using Ouroboros.TestKit.Contracts;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Core.Tests.Contracts;

/// <summary>The in-memory ITradingStateStore of TestKit passes the same contract as the durable stores; a reopen is the same instance.</summary>
public sealed class InMemoryTradingStateStoreContractTests : TradingStateStoreContract
{
    private InMemoryTradingStateStore? _store;

    protected override Task<ITradingStateStore> OpenAsync(TimeProvider clock) => Task.FromResult<ITradingStateStore>(_store ??= new InMemoryTradingStateStore(clock));
}
