namespace Ouroboros.Ai.Playbooks;

/// <summary>The aliases models use for playbook fields (normalised: lower case, no separators).</summary>
internal static class PlaybookFields
{
    public static readonly string[] Stance = ["stance", "bias", "marketstance", "outlook", "posture"];
    public static readonly string[] Summary = ["summary", "overview", "marketsummary", "commentary", "thesis"];
    public static readonly string[] Instruments = ["instruments", "stocks", "symbols", "assets", "tickers", "plans"];
    public static readonly string[] Scenarios = ["scenarios", "scenario", "rules", "setups", "plays"];
    public static readonly string[] Symbol = ["symbol", "ticker", "instrument", "instrumentid", "code", "asset"];

    public static readonly string[] Id = ["id", "scenarioid", "name", "label"];
    public static readonly string[] Condition = ["condition", "when", "trigger", "rule", "expression", "entrycondition"];
    public static readonly string[] Action = ["action", "side", "signal", "decision"];
    public static readonly string[] Confidence = ["confidence", "conf", "certainty", "confidencescore"];
    public static readonly string[] Allocation = ["allocationpct", "allocation", "allocationpercent", "allocpct", "weightpct"];
    public static readonly string[] StopLoss = ["stoploss", "sl", "stop", "stopprice", "stoplossprice"];
    public static readonly string[] TakeProfit = ["takeprofit", "tp", "target", "targetprice", "takeprofitprice"];
    public static readonly string[] Rationale = ["rationale", "reason", "reasoning", "explanation", "why"];
}
