using Ouroboros.Ai.Budgets;
using Ouroboros.Core.Ports;

namespace Ouroboros.Ai.Routing;

/// <summary>
/// Everything a <see cref="LlmRouter"/> needs. <see cref="Delay"/> waits between retries (tests observe it);
/// by default it is <c>Task.Delay</c> on <see cref="Clock"/>.
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
    Func<TimeSpan, CancellationToken, Task>? Delay = null);
