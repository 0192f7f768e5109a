using System.Globalization;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Agents;

/// <summary>Every problem of a run request at once, so an operator fixes them in one go.</summary>
internal static class AgentSettingsCheck
{
    public static readonly string[] Brokers = ["paper", "kis", "kis-vts", "bybit", "bybit-testnet", "bybit-demo"];
    // Real-money brokers and the ones that trade the same API without real money.
    private static readonly Dictionary<string, string> RealMoney = new(StringComparer.Ordinal)
    {
        ["kis"] = "kis-vts",
        ["bybit"] = "bybit-testnet or bybit-demo",
    };

    public static void Check(RunAgentRequest request, IAgentBrokers? brokers = null)
    {
        var problems = new List<string>();
        var mode = request.Mode.ToLowerInvariant();
        var broker = request.Broker.ToLowerInvariant();
        if (mode is not ("paper" or "live")) problems.Add($"«mode» (MODE) must be paper or live, not '{request.Mode}'");
        if (!Brokers.Contains(broker)) problems.Add($"«broker» must be one of {string.Join(", ", Brokers)}, not '{request.Broker}'");
        else if (RealMoney.TryGetValue(broker, out var paper) && mode != "live")
            problems.Add($"«broker» {broker} trades real money: it starts only when the configuration says MODE=live explicitly (or use {paper} to paper trade)");
        else if (broker != "paper" && brokers?.Names.Contains(broker, StringComparer.Ordinal) != true)
            problems.Add($"«broker» {broker}: its adapter is not part of this build yet; paper trading runs with «broker» paper");
        else if (broker != "paper") problems.AddRange(brokers!.Problems(broker));
        if (mode == "live" && broker == "paper") problems.Add("MODE=live needs a real broker; the paper broker only paper trades");
        if (request.Speed is { } s && (!double.IsFinite(s) || s <= 0))
            problems.Add($"«speed» must be a positive number of simulated seconds per real second or max, not '{request.SpeedText ?? s.ToString(CultureInfo.InvariantCulture)}'; e.g. «speed» 3600");
        if (request.Days is < 1) problems.Add($"«days» must be 1 or more, not {request.Days}");
        if (request.Run.Cash <= 0) problems.Add("«cash» must be positive");
        if (request.TradeMode is not ("daily" or "realtime")) problems.Add($"TRADE_MODE must be daily or realtime, not '{request.TradeMode}'");
        if (request.ReconcileIntervalSeconds < 1) problems.Add($"Reconcile:IntervalSeconds must be 1 or more, not {request.ReconcileIntervalSeconds}");
        problems.AddRange(AgentLaunch.CycleOptions(request).Validate());
        if (problems.Count == 1) throw new InvalidInputException(null, problems[0]);
        if (problems.Count > 1)
            throw new InvalidInputException(null, $"{problems.Count} problems: " + string.Join("; ", problems.Select((p, i) => $"({i + 1}) {p}")));
    }
}
