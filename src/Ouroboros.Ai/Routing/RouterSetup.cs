using Ouroboros.Ai.Budgets;
using Ouroboros.Core.Ports;

namespace Ouroboros.Ai.Routing;

/// <summary>
/// Everything a <see cref="LlmRouter"/> needs. <see cref="Delay"/> waits between retries (tests observe it);
/// by default it is <c>Task.Delay</c> on <see cref="Clock"/>. <see cref="Breaker"/>: when a failing provider is taken out
/// of the routes (null: <see cref="CircuitBreakerOptions.Default"/>).
/// </summary>
public sealed record RouterSetup(
    IReadOnlyList<ModelProfile> Profiles,
    RouteTable Routes,
    BudgetBook Budgets,
    PriceTable Prices,
    TimeProvider Clock,
    ILlmCallLog? CallLog = null,
    IResponseCache? Cache = null,
    CacheMode CacheMode = CacheMode.Off,
    RetryOptions? Retry = null,
    Func<TimeSpan, CancellationToken, Task>? Delay = null,
    CircuitBreakerOptions? Breaker = null);
