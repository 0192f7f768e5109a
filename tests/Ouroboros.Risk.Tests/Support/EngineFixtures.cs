using System.Text.Json;
using Ouroboros.Domain.Events;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Risk.Tests.Support;

/// <summary>Builders for the engine, state and trigger tests: engines without gates, tightened limits and event views.</summary>
internal static class EngineFixtures
{
    public const string Ops = "ops";

    /// <summary>The hard policy, except that a HALTED account may not even close positions.</summary>
    public static RiskLimits NoExitsWhenHalted { get; } = Tightened(("AllowExitsWhenHalted", "false"));

    /// <summary>The policy tightened by configured values that must all be accepted.</summary>
    public static RiskLimits Tightened(params (string Key, string Value)[] configured)
    {
        var limits = RiskPolicy.Tighten(configured.ToDictionary(c => c.Key, c => c.Value), out var problems);
        problems.ShouldBeEmpty();
        return limits;
    }

    /// <summary>An engine with the policy's limits and no gates, so only the trading state and the triggers decide.</summary>
    public static RiskEngine NewEngine(bool backtest = false, RiskLimits? limits = null) =>
        new([], limits ?? RiskPolicy.Hard, resumeHaltsAtNextTradingDay: backtest);

    public static RiskCheck In(this RiskCheck check, string? market) => check with { Market = market };

    /// <summary>The check at an intraday instant (or a daily stamp) with the trading date of its UTC day.</summary>
    public static RiskCheck At(this RiskCheck check, DateTimeOffset time, bool intraday = true) =>
        check with { Time = time, IsIntraday = intraday, TradingDate = DateOnly.FromDateTime(time.UtcDateTime) };

    /// <summary>The check with the account at <paramref name="equity"/> against a start-of-day equity of 100,000.</summary>
    public static RiskCheck WithDayPnl(this RiskCheck check, decimal equity) =>
        check with { Account = check.Account with { Equity = equity, DayStartEquity = 100_000m } };

    public static RiskEvent[] StateChanges(this IEnumerable<RiskEvent> events) => [.. events.Where(e => e.Kind == RiskEventKind.StateChanged)];

    public static RiskEvent[] Alerts(this IEnumerable<RiskEvent> events) => [.. events.Where(e => e.Kind == RiskEventKind.Alert)];

    /// <summary>The figures of an event parsed back from its JSON: fails when the text is not a flat object of strings.</summary>
    public static Dictionary<string, string> FiguresOf(RiskEvent riskEvent)
    {
        using var document = JsonDocument.Parse(riskEvent.Figures);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
