using Microsoft.Extensions.Logging;

namespace Ouroboros.Application;

/// <summary>The use cases' log messages, source-generated so a disabled level costs nothing.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Backtest {RunId} of {Strategy} finished: {Orders} orders, final equity {FinalEquity}")]
    public static partial void BacktestFinished(ILogger logger, string runId, string strategy, int orders, decimal? finalEquity);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Planned {Market} {Date}: {Status} by the {Planner} planner")]
    public static partial void PlanMade(ILogger logger, string market, string date, string status, string planner);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Plan for {Market} {Date} fell back: {Problem}")]
    public static partial void PlanFellBack(ILogger logger, string market, string date, string problem);
}
