using Ouroboros.Core.Language;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Ai.Providers;
using Ouroboros.Core.Ports;
using Ouroboros.Ai.Prompts;

namespace Ouroboros.Ai.Routing;

/// <summary>
/// Sends a task's request down its chain of profiles: cache first (per <see cref="CacheMode"/>), then the budget,
/// then the call with retries on retryable failures (honouring Retry-After), then the next profile. Every attempt is
/// priced, charged to the budgets and written to the call log. It never throws for a provider's failure: when no
/// profile answers, the answer says why and the caller falls back to rules. It throws
/// <see cref="LlmCacheMissException"/> on a replay miss, by design. A provider that keeps failing is taken out of
/// every route for a cool-off (<see cref="ProviderCircuitBreaker"/>): its calls fail fast as "provider down" and the
/// route moves on. <see cref="Tally"/> counts failed calls, skipped calls and fallbacks for the run's summary.
/// </summary>
public sealed partial class LlmRouter : ILanguageModel
{
    private readonly RouterSetup _setup;
    private readonly Dictionary<string, ModelProfile> _profiles;
    private readonly RetryOptions _retry;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly ILogger _log;
    private readonly ProviderCircuitBreaker _breaker;

    public LlmRouter(RouterSetup setup, ILogger<LlmRouter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        _setup = setup;
        _log = logger ?? NullLogger<LlmRouter>.Instance;
        _profiles = setup.Profiles.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        _retry = setup.Retry ?? RetryOptions.Default;
        _delay = setup.Delay ?? ((d, ct) => Task.Delay(d, setup.Clock, ct));
        _breaker = new ProviderCircuitBreaker(setup.Breaker ?? CircuitBreakerOptions.Default);
        var unknown = setup.Routes.Chains.SelectMany(c => c.Value.Select(p => (c.Key, p))).Where(x => !_profiles.ContainsKey(x.p)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException("Routes name profiles that do not exist: " + string.Join(", ", unknown.Select(x => $"{LlmTasks.Name(x.Key)} → {x.p}")), nameof(setup));
    }

    public IReadOnlyCollection<ModelProfile> Profiles => _profiles.Values;

    /// <summary>Failed calls, calls skipped while a provider was down, and fallbacks since this router was built.</summary>
    public RouterTally Tally { get; } = new();

    /// <summary>Each provider's circuit (tests and status output read it).</summary>
    public ProviderCircuitBreaker Breaker => _breaker;

    /// <summary>True when the task has at least one profile (it may still be over budget).</summary>
    public bool HasRoute(LlmTask task) => _setup.Routes.ChainFor(task).Count > 0;

    public async Task<RoutedAnswer> CompleteAsync(LlmTask task, ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chain = _setup.Routes.ChainFor(task);
        var taskName = LlmTasks.Name(task);
        var notes = new List<string>();
        if (chain.Count == 0) return RoutedAnswer.None($"no model is configured for {taskName}", notes);
        Tally.Request();

        var promptHash = PromptHash.Of(request);
        var timed = request with { Timeout = request.Timeout ?? _setup.Routes.TimeoutFor(task) };
        if (_setup.CacheMode != CacheMode.Off && _setup.Cache is { } cache)
        {
            foreach (var name in chain)
            {
                var profile = _profiles[name];
                var hit = await cache.GetAsync(KeyOf(profile, request, promptHash), cancellationToken).ConfigureAwait(false);
                if (hit is null) continue;
                await LogAsync(new LlmCallRecord(_setup.Clock.GetUtcNow(), taskName, profile.Provider, profile.Model.Model, promptHash,
                    hit.TokensIn, hit.TokensOut, 0m, 0, "cache-hit", true), cancellationToken).ConfigureAwait(false);
                Tally.Answer();
                return new RoutedAnswer(hit.Text, profile.Name, profile.Provider, profile.Model.Model, hit.TokensIn, hit.TokensOut, 0m, true, notes, null);
            }
            if (_setup.CacheMode == CacheMode.Replay)
            {
                throw new LlmCacheMissException(
                    $"«llm-cache» replay: no recorded answer for {taskName} from {string.Join(" or ", chain)} for prompt {promptHash[..12]} " +
                    $"(\"{PromptHash.Preview(request, 120)}\"); record it first with «llm-cache» record");
            }
        }

        for (var i = 0; i < chain.Count; i++)
        {
            var answer = await TryProfileAsync(_profiles[chain[i]], taskName, timed, promptHash, notes, cancellationToken).ConfigureAwait(false);
            if (answer is not null)
            {
                Tally.Answer();
                return answer;
            }
            if (i < chain.Count - 1) Tally.NextProfile();
        }
        Tally.NoAnswer();
        return RoutedAnswer.None($"no model answered {taskName}: {string.Join("; ", notes)}", notes);
    }

    private async Task<RoutedAnswer?> TryProfileAsync(
        ModelProfile profile, string taskName, ChatRequest request, string promptHash, List<string> notes, CancellationToken cancellationToken)
    {
        var model = profile.Model;
        var costKnown = _setup.Prices.PriceOf(model.Model) is not null;
        for (var attempt = 1; ; attempt++)
        {
            var now = _setup.Clock.GetUtcNow();
            if (_setup.Budgets.Refusal(profile.Provider, taskName, now, costKnown) is { } refusal)
            {
                notes.Add($"{profile.Name}: budget spent ({refusal})");
                await LogAsync(new LlmCallRecord(now, taskName, profile.Provider, model.Model, promptHash, null, null, null, 0,
                    Budgets.BudgetBook.BudgetSpentOutcome, false, refusal), cancellationToken).ConfigureAwait(false);
                return null;
            }

            if (_breaker.DownUntil(profile.Provider, now) is { } downUntil)
            {
                var why = $"provider down until {downUntil:HH:mm:ss} UTC after {_breaker.Options.FailuresToOpen} consecutive failures";
                notes.Add($"{profile.Name}: {why}");
                Tally.SkippedDown();
                await LogAsync(new LlmCallRecord(now, taskName, profile.Provider, model.Model, promptHash, null, null, null, 0,
                    ProviderDownOutcome, false, why), cancellationToken).ConfigureAwait(false);
                return null;
            }
            var probe = _breaker.StateOf(profile.Provider, now) == BreakerState.HalfOpen;

            var result = await model.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
            var (tokensIn, tokensOut, estimated) = UsageOf(result, request);
            var cost = _setup.Prices.CostOf(model.Model, tokensIn, tokensOut);
            _setup.Budgets.Charge(profile.Provider, taskName, now, tokensIn, tokensOut, cost);
            var outcome = result.Failure is { } f ? ChatFailure.KindName(f.Kind) : "ok";
            await LogAsync(new LlmCallRecord(now, taskName, profile.Provider, model.Model, promptHash, tokensIn, tokensOut,
                cost, result.Latency.TotalMilliseconds, outcome, false, result.Failure?.ToString() ?? (estimated ? UsageEstimated : null)), cancellationToken).ConfigureAwait(false);

            if (result.Failure is not { } failure)
            {
                _breaker.RecordSuccess(profile.Provider);
                if (_setup.CacheMode == CacheMode.Record && _setup.Cache is { } cache)
                {
                    await cache.PutAsync(KeyOf(profile, request, promptHash),
                        new CachedResponse(result.Text!, result.TokensIn, result.TokensOut, PromptHash.Preview(request), now), cancellationToken).ConfigureAwait(false);
                }
                return new RoutedAnswer(result.Text, profile.Name, profile.Provider, model.Model, result.TokensIn, result.TokensOut, cost, false, notes, null);
            }

            Tally.FailedCall();
            if (failure.Kind == ChatFailureKind.QuotaExhausted) _setup.Budgets.MarkExhausted(profile.Provider, now);
            var opened = CircuitBreakerOptions.CountsAsDown(failure.Kind) && _breaker.RecordFailure(profile.Provider, _setup.Clock.GetUtcNow());
            if (!failure.IsRetryable || attempt >= _retry.MaxAttempts || opened || probe)
            {
                var marked = opened ? $"; provider marked down for {_breaker.Options.CoolOff.TotalSeconds:0} s" : "";
                notes.Add($"{profile.Name}: {failure}{(failure.IsRetryable ? $" after {attempt} attempts" : "")}{marked}");
                if (opened) LogProviderDown(_log, profile.Provider, _breaker.Options.FailuresToOpen, _breaker.Options.CoolOff);
                return null;
            }
            if (failure.RetryAfter is { } asked && asked > _retry.MaxRetryAfter)
            {
                notes.Add($"{profile.Name}: {failure}; asked to wait {asked.TotalSeconds:0} s, more than {_retry.MaxRetryAfter.TotalSeconds:0} s");
                return null;
            }
            var delay = failure.RetryAfter ?? _retry.BackoffFor(attempt, failure.Kind == ChatFailureKind.Overloaded);
            LogRetry(_log, profile.Name, taskName, attempt, failure, delay);
            await _delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    // Information, not Warning: a retry is expected behaviour, and the call log already records every attempt.
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "{Profile} failed {Task} attempt {Attempt} ({Failure}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string profile, string task, int attempt, ChatFailure failure, TimeSpan delay);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Provider {Provider} marked down after {Failures} consecutive failures; calls fail fast for {CoolOff}")]
    private static partial void LogProviderDown(ILogger logger, string provider, int failures, TimeSpan coolOff);

    /// <summary>The call-log outcome of a call not made because the provider's circuit was open.</summary>
    public const string ProviderDownOutcome = "provider-down";

    private static ResponseCacheKey KeyOf(ModelProfile profile, ChatRequest request, string promptHash) =>
        new(profile.Provider, profile.Model.Model, PromptHash.OfSchema(request), promptHash);

    private Task LogAsync(LlmCallRecord record, CancellationToken cancellationToken) =>
        _setup.CallLog?.AppendAsync(record, cancellationToken) ?? Task.CompletedTask;

    public const string UsageEstimated = "usage not reported; tokens estimated at one per three UTF-8 bytes";

    /// <summary>
    /// The answer's usage; when a provider answered without reporting it (some local servers do), a pessimistic estimate,
    /// so token and money budgets still bind rather than treating the call as free.
    /// </summary>
    private static (int? In, int? Out, bool Estimated) UsageOf(ChatResult result, ChatRequest request)
    {
        if (result.Failure is not null || (result.TokensIn is not null && result.TokensOut is not null)) return (result.TokensIn, result.TokensOut, false);
        return (result.TokensIn ?? TokenEstimator.Estimate(request.System) + TokenEstimator.Estimate(request.User),
            result.TokensOut ?? TokenEstimator.Estimate(result.Text), true);
    }
}
