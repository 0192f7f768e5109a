using System.Globalization;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Journal;

namespace Ouroboros.Application.Runs;

/// <summary>
/// A stored run's trades, fills, equity curve or orders as a table. Values are exact: decimals as stored (scale
/// kept), instants as ISO-8601 UTC, absent values as null (never 0).
/// </summary>
public static class RunExport
{
    public static IReadOnlyList<string> Parts { get; } = ["trades", "fills", "equity", "orders"];

    public static RunTable Table(RunRecord run, string what)
    {
        ArgumentNullException.ThrowIfNull(run);
        return what switch
        {
            "trades" => new("trades",
                ["instrument", "direction", "entry_time", "entry_price", "exit_time", "exit_price", "quantity", "gross_pnl", "fees", "net_pnl"],
                [.. run.Trades.Select(t => Row(t.Instrument.ToString(), t.Direction.ToString(), Time(t.EntryTime), Num(t.EntryPrice), Time(t.ExitTime),
                    Num(t.ExitPrice), Num(t.Quantity), Num(t.GrossPnl), Num(t.Fees), Num(t.NetPnl)))]),
            "fills" => new("fills",
                ["fill_id", "order_id", "instrument", "side", "quantity", "price", "fee", "time", "liquidity"],
                [.. run.Fills.Select(f => Row(f.Id.ToString(), f.OrderId.ToString(), f.Instrument.ToString(), f.Side.ToString(), Num(f.Quantity),
                    Num(f.Price), Num(f.Fee), Time(f.Time), f.Liquidity.ToString()))]),
            "equity" => new("equity", ["time", "equity", "cash"],
                [.. run.Equity.Select(e => Row(Time(e.Time), Num(e.Equity), Num(e.Cash)))]),
            "orders" => new("orders",
                ["order_id", "instrument", "side", "type", "quantity", "limit_price", "stop_price", "time_in_force", "created_at", "status",
                    "filled_quantity", "average_fill_price", "fees", "reason", "tag"],
                [.. run.Orders.Select(o => Row(o.Request.Id.ToString(), o.Request.Instrument.ToString(), o.Request.Side.ToString(), o.Request.Type.ToString(),
                    Num(o.Request.Quantity), Num(o.Request.LimitPrice), Num(o.Request.StopPrice), o.Request.TimeInForce.ToString(), Time(o.Request.CreatedAt),
                    o.Status.ToString(), Num(o.FilledQuantity), o.FilledQuantity == 0 ? null : Num(o.AverageFillPrice), Num(o.Fees), o.Reason, o.Request.Tag))]),
            _ => throw new InvalidInputException("what", $"«what» '{what}' is not a part of a run; choose one of {string.Join(", ", Parts)}"),
        };
    }

    private static string?[] Row(params string?[] values) => values;

    private static string? Num(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}
