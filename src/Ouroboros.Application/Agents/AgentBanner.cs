namespace Ouroboros.Application.Agents;

/// <summary>What the agent will do, printed before it starts: nobody should be surprised by what it trades.</summary>
public sealed record AgentBanner(
    string SessionId,
    bool Resumed,
    int Restarts,
    long ResumeAfterSlices,
    string Mode,
    string Broker,
    string Account,
    IReadOnlyList<string> Markets,
    string Strategy,
    string Planner,
    string Data,
    int Instruments,
    string Speed,
    decimal Cash,
    string Currency,
    string RiskLimits,
    string Journal,
    string TradeMode)
{
    /// <summary>True when orders go to a broker outside the process: its account holds the cash and its live prices are traded.</summary>
    public bool OutsideBroker { get; init; }
}
