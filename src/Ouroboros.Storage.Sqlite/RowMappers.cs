using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.State;
using static Ouroboros.Storage.Sqlite.SqliteCodec;
using Ouroboros.Risk.Events;

namespace Ouroboros.Storage.Sqlite;

/// <summary>The SELECT for each child table and the mapping of one row back to its domain record.</summary>
internal static class RowMappers
{
    public const string OrdersSql = """
        SELECT client_order_id, instrument, side, type, quantity, limit_price, stop_price, tif, created_at, strategy, tag,
               status, filled_quantity, avg_fill_price, fees, broker_order_id, reason, updated_at, cash_amount
        FROM orders WHERE run_id = $run_id ORDER BY seq
        """;

    public const string FillsSql = """
        SELECT fill_id, client_order_id, instrument, side, quantity, price, fee, time, liquidity
        FROM fills WHERE run_id = $run_id ORDER BY seq
        """;

    public const string TradesSql = """
        SELECT instrument, direction, entry_time, entry_price, exit_time, exit_price, quantity, gross_pnl, fees
        FROM trades WHERE run_id = $run_id ORDER BY seq
        """;

    public const string RiskDecisionsSql = """
        SELECT time, client_order_id, instrument, side, quantity, estimated_value, approved, gate, reason, inputs
        FROM risk_decisions WHERE run_id = $run_id ORDER BY seq
        """;

    public const string RiskEventsSql = """
        SELECT time, kind, scope, source, message, figures, from_state, to_state, killed, reason, actor
        FROM risk_events WHERE run_id = $run_id ORDER BY seq
        """;

    public static OrderSnapshot Order(SqliteDataReader r)
    {
        var request = new OrderRequest(
            new ClientOrderId(r.GetString(0)),
            new InstrumentId(r.GetString(1)),
            DecodeEnum<OrderSide>(r.GetString(2)),
            DecodeEnum<OrderType>(r.GetString(3)),
            DecodeDecimal(r.GetString(4)),
            NullableDecimal(r, 5),
            NullableDecimal(r, 6),
            DecodeEnum<TimeInForce>(r.GetString(7)),
            DecodeTime(r.GetInt64(8)),
            new StrategyId(r.GetString(9)),
            NullableText(r, 10),
            NullableDecimal(r, 18));
        var brokerId = NullableText(r, 15);
        return new OrderSnapshot(
            request,
            DecodeEnum<OrderStatus>(r.GetString(11)),
            DecodeDecimal(r.GetString(12)),
            DecodeDecimal(r.GetString(13)),
            DecodeDecimal(r.GetString(14)),
            brokerId is null ? null : new BrokerOrderId(brokerId),
            NullableText(r, 16),
            DecodeTime(r.GetInt64(17)));
    }

    public static Fill Fill(SqliteDataReader r) => new(
        new FillId(r.GetString(0)),
        new ClientOrderId(r.GetString(1)),
        new InstrumentId(r.GetString(2)),
        DecodeEnum<OrderSide>(r.GetString(3)),
        DecodeDecimal(r.GetString(4)),
        DecodeDecimal(r.GetString(5)),
        DecodeDecimal(r.GetString(6)),
        DecodeTime(r.GetInt64(7)),
        DecodeEnum<Liquidity>(r.GetString(8)));

    public static ClosedTrade Trade(SqliteDataReader r) => new(
        new InstrumentId(r.GetString(0)),
        DecodeEnum<OrderSide>(r.GetString(1)),
        DecodeTime(r.GetInt64(2)),
        DecodeDecimal(r.GetString(3)),
        DecodeTime(r.GetInt64(4)),
        DecodeDecimal(r.GetString(5)),
        DecodeDecimal(r.GetString(6)),
        DecodeDecimal(r.GetString(7)),
        DecodeDecimal(r.GetString(8)));

    public static RiskDecision RiskDecision(SqliteDataReader r) => new(
        DecodeTime(r.GetInt64(0)),
        new ClientOrderId(r.GetString(1)),
        new InstrumentId(r.GetString(2)),
        DecodeEnum<OrderSide>(r.GetString(3)),
        DecodeDecimal(r.GetString(4)),
        NullableDecimal(r, 5),
        r.GetInt64(6) != 0,
        NullableText(r, 7),
        NullableText(r, 8),
        r.GetString(9));

    public static RiskEvent RiskEvent(SqliteDataReader r)
    {
        var time = DecodeTime(r.GetInt64(0));
        var riskEvent = new RiskEvent(time, DecodeEnum<RiskEventKind>(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5));
        if (r.IsDBNull(7)) return riskEvent; // alerts and exit signals carry no move
        return riskEvent with
        {
            StateChange = new TradingStateChanged(time, riskEvent.Scope, DecodeEnum<TradingState>(r.GetString(6)), DecodeEnum<TradingState>(r.GetString(7)),
                r.GetInt64(8) != 0, riskEvent.Source, r.GetString(9), r.GetString(10)),
        };
    }

    private static decimal? NullableDecimal(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : DecodeDecimal(r.GetString(ordinal));

    private static string? NullableText(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
