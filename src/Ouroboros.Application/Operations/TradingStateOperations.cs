using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.State;

namespace Ouroboros.Application.Operations;

/// <summary>
/// The operator's side of the trading states: status, halt, resume, kill and history. States live in the journal, not
/// in a process, so a restart never resumes anything; only a resume does.
/// </summary>
public sealed class TradingStateOperations(IJournal journal, RiskLimits limits, TimeProvider clock)
{
    public const string Account = TradingStateBook.AccountScope;

    /// <summary>The cause of an operator's halt and resume; running agents poll for transitions with these causes.</summary>
    public const string OperatorCause = "operator";

    /// <summary>The cause of an operator's kill.</summary>
    public const string KillSwitchCause = "kill switch";

    /// <summary>The markets a scope may name.</summary>
    public static IReadOnlyList<string> Markets { get; } = [.. Domain.Calendars.MarketCalendars.All.Select(c => c.Market)];

    public async Task<TradingStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("risk.status");
        var store = await journal.TradingStatesAsync(cancellationToken).ConfigureAwait(false);
        var stored = await store.LoadStatesAsync(cancellationToken).ConfigureAwait(false);
        List<ScopeStatus> states = stored.Any(s => IsScope(s.Scope, Account))
            ? [.. stored.Select(s => new ScopeStatus(s, true))]
            : [new ScopeStatus(NeverChanged(Account), false), .. stored.Select(s => new ScopeStatus(s, true))];
        return new TradingStatus(states, [.. RiskPolicy.Limits.Select(l => new LimitStatus(l, limits.PolicyValue(l.Key)))], journal.Path);
    }

    public Task<TradingStateChange> HaltAsync(ChangeTradingStateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = Scope(request.Market, "market");
        var why = Reason(request.Reason);
        return ChangeAsync("risk.halt", scope, current => current.State == TradingState.Halted ? null
            : new TradingStateChanged(clock.GetUtcNow(), scope, current.State, TradingState.Halted, false, OperatorCause, why, request.Actor), cancellationToken);
    }

    public Task<TradingStateChange> ResumeAsync(ChangeTradingStateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = Scope(request.Market, "market");
        var why = Reason(request.Reason);
        return ChangeAsync("risk.resume", scope, current => current.State == TradingState.Active && !current.Killed ? null
            : new TradingStateChanged(clock.GetUtcNow(), scope, current.State, TradingState.Active, false, OperatorCause, why, request.Actor), cancellationToken);
    }

    public Task<TradingStateChange> KillAsync(KillRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var why = Reason(request.Reason);
        return ChangeAsync("risk.kill", Account, current => current.Killed ? null
            : new TradingStateChanged(clock.GetUtcNow(), Account, current.State, TradingState.Halted, true, KillSwitchCause, why, request.Actor), cancellationToken);
    }

    public async Task<TradingStateHistory> HistoryAsync(TradingStateHistoryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Limit <= 0) throw new InvalidInputException("limit", "«limit» must be a positive number");
        var only = request.Scope is { } text ? Scope(text, "scope") : null;
        using var activity = ApplicationTelemetry.Start("risk.history");
        var store = await journal.TradingStatesAsync(cancellationToken).ConfigureAwait(false);
        return new TradingStateHistory(await store.HistoryAsync(only, request.Limit, cancellationToken).ConfigureAwait(false), only);
    }

    private async Task<TradingStateChange> ChangeAsync(string useCase, string scope, Func<ScopeStateRecord, TradingStateChanged?> decide, CancellationToken cancellationToken)
    {
        using var activity = ApplicationTelemetry.Start(useCase);
        var store = await journal.TradingStatesAsync(cancellationToken).ConfigureAwait(false);
        var current = (await store.LoadStatesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => IsScope(s.Scope, scope)) ?? NeverChanged(scope);
        var transition = decide(current);
        if (transition is not null) await store.SaveTransitionAsync(transition, cancellationToken).ConfigureAwait(false);
        return new TradingStateChange(current, transition);
    }

    private static ScopeStateRecord NeverChanged(string scope) =>
        new(scope, TradingState.Active, false, DateTimeOffset.MinValue, "start", "trading normally", DateTimeOffset.MinValue);

    /// <summary>A market name (any case) or, where <paramref name="input"/> is "scope", also "account"; null market: the account.</summary>
    private static string Scope(string? market, string input)
    {
        if (market is null) return Account;
        var text = market.Trim();
        if (input == "scope" && IsScope(text, Account)) return Account;
        return Markets.FirstOrDefault(m => IsScope(m, text))
            ?? throw new InvalidInputException(input, $"«{input}» '{market}' is not a known market; use one of {string.Join(", ", Markets)}{(input == "scope" ? " or account" : "")}");
    }

    private static string Reason(string? text) => string.IsNullOrWhiteSpace(text)
        ? throw new InvalidInputException("reason", "«reason» must say why, e.g. «reason» \"exchange outage\"")
        : text.Trim();

    private static bool IsScope(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
