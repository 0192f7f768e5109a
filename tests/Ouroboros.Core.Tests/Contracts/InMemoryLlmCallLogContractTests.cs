using Ouroboros.Core.Ports;
using Ouroboros.TestKit.Contracts;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Core.Tests.Contracts;

/// <summary>The in-memory ILlmCallLog of TestKit passes the same contract as the durable stores; a reopen is the same instance.</summary>
public sealed class InMemoryLlmCallLogContractTests : LlmCallLogContract
{
    private InMemoryLlmCallLog? _store;

    protected override Task<ILlmCallLog> OpenAsync(TimeProvider clock) => Task.FromResult<ILlmCallLog>(_store ??= new InMemoryLlmCallLog());
}
