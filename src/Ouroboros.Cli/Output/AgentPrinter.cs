using System.Globalization;
using System.Text.Json;
using Ouroboros.Application.Agents;

namespace Ouroboros.Cli.Output;

/// <summary>What `run` prints before it starts (nobody should be surprised by what it trades) and when it ends.</summary>
internal static class AgentPrinter
{
    public static async Task BannerAsync(TextWriter o, AgentBanner b)
    {
        if (b.Mode == "LIVE")
        {
            await o.WriteLineAsync(new string('!', 78)).ConfigureAwait(false);
            await o.WriteLineAsync($"!!! LIVE TRADING WITH REAL MONEY on {b.Broker}, account {b.Account}").ConfigureAwait(false);
            await o.WriteLineAsync(new string('!', 78)).ConfigureAwait(false);
        }
        var what = b.Resumed ? $"continuing session {b.SessionId} (restart {b.Restarts}; {b.ResumeAfterSlices} slices already journaled)" : $"new session {b.SessionId}";
        await o.WriteLineAsync($"Ouroboros agent: {b.Mode} trading, {what}").ConfigureAwait(false);
        await o.WriteLineAsync(b.OutsideBroker
            ? $"  broker     {b.Broker} (account {b.Account}), cash in {b.Currency} as the {b.Broker} account holds it (read when it connects)"
            : $"  broker     {b.Broker} (account {b.Account}), cash {Money(b.Cash)} {b.Currency}").ConfigureAwait(false);
        await o.WriteLineAsync($"  markets    {string.Join(", ", b.Markets)}; {b.TradeMode} mode").ConfigureAwait(false);
        await o.WriteLineAsync(b.OutsideBroker
            ? $"  feed       {b.Broker} live prices of {b.Instruments} instruments; {b.Data} only warms the strategy up"
            : $"  feed       market replay of {b.Data} ({b.Instruments} instruments) at speed {b.Speed}").ConfigureAwait(false);
        await o.WriteLineAsync($"  strategy   {b.Strategy}; planner {b.Planner}").ConfigureAwait(false);
        await o.WriteLineAsync($"  risk       {b.RiskLimits}").ConfigureAwait(false);
        await o.WriteLineAsync($"  journal    {b.Journal}").ConfigureAwait(false);
        await o.WriteLineAsync("  stop with Ctrl-C; `ouroboros status` and `ouroboros risk halt|kill|resume` work from another terminal").ConfigureAwait(false);
    }

    public static async Task SummaryAsync(TextWriter o, AgentSummary s, bool json)
    {
        if (json)
        {
            var doc = new Dictionary<string, object?>
            {
                ["run_id"] = s.RunId, ["mode"] = s.Mode.ToLowerInvariant(), ["broker"] = s.Broker, ["status"] = s.Status, ["stop_reason"] = s.StopReason,
                ["trading_days"] = s.TradingDays, ["orders"] = s.Orders, ["fills"] = s.Fills, ["initial_cash"] = s.InitialCash,
                ["final_equity"] = s.FinalEquity, ["playbooks"] = s.Playbooks, ["llm_calls"] = s.LlmCalls, ["risk_denials"] = s.RiskDenials,
                ["restarts"] = s.Restarts, ["slices"] = s.Slices, ["slices_recovered"] = s.SlicesRecovered,
                ["restart_to_trading_ms"] = s.RestartToTrading?.TotalMilliseconds, ["notifications"] = s.Notifications, ["journal"] = s.Journal,
            };
            await o.WriteLineAsync(JsonSerializer.Serialize(doc)).ConfigureAwait(false);
            return;
        }
        var ret = s.InitialCash == 0 ? 0 : (s.FinalEquity / s.InitialCash - 1) * 100;
        await o.WriteLineAsync($"Session {s.RunId} {s.Status}: {s.StopReason}").ConfigureAwait(false);
        await o.WriteLineAsync($"  {s.TradingDays} trading days, {s.Orders} orders ({s.RiskDenials} denied by risk), {s.Fills} fills, {s.Playbooks} playbooks, {s.LlmCalls} LLM calls").ConfigureAwait(false);
        await o.WriteLineAsync($"  equity {Money(s.InitialCash)} -> {Money(s.FinalEquity)} ({ret.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)}%)").ConfigureAwait(false);
        var restart = s.RestartToTrading is { } r ? $"; back to trading {r.TotalMilliseconds:0} ms after start ({s.SlicesRecovered} slices re-run from the journal)" : "";
        await o.WriteLineAsync($"  {s.Restarts} restarts{restart}; {s.Notifications} notifications; journal {s.Journal}").ConfigureAwait(false);
    }

    private static string Money(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
