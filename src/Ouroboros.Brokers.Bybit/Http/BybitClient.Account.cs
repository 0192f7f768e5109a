using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Trading;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>The unified account and its linear positions: balance, positions, leverage and exchange-held TP/SL.</summary>
public sealed partial class BybitClient
{
    /// <summary>The unified account, with the settle coin's row even when its balance is zero.</summary>
    public async Task<BrokerResult<BybitWallet>> GetWalletBalanceAsync(CancellationToken cancellationToken = default) =>
        await CallAsync(BybitRequest.PrivateGet("/v5/account/wallet-balance", Q("accountType", "UNIFIED"), Q("coin", Options.SettleCoin)),
            BybitReaders.Wallet, cancellationToken).ConfigureAwait(false);

    /// <summary>Open positions of the settle coin (all pages), or the row of one symbol (flat included).</summary>
    public Task<BrokerResult<IReadOnlyList<BybitPosition>>> GetPositionsAsync(string? symbol = null, CancellationToken cancellationToken = default) =>
        PagedAsync(BybitRequest.PrivateGet("/v5/position/list", Q("category", Category),
            symbol is null ? Q("settleCoin", Options.SettleCoin) : Q("symbol", symbol), Q("limit", "200")), BybitReaders.Position, cancellationToken);

    /// <summary>Sets one leverage for both sides (one-way mode). Already at that value (110043) is success.</summary>
    public async Task<BrokerResult<bool>> SetLeverageAsync(string symbol, decimal leverage, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leverage);
        var text = BybitNumbers.Format(leverage);
        var request = BybitRequest.PrivatePost("/v5/position/set-leverage",
            [B("category", Category), B("symbol", symbol), B("buyLeverage", text), B("sellLeverage", text)]);
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return call.IsSuccess || call.RetCode == BybitRetCodes.LeverageNotModified ? BrokerResult<bool>.Ok(true) : call.FailAs<bool>();
    }

    /// <summary>Moves the take-profit and stop-loss Bybit holds on a whole one-way position.</summary>
    public async Task<BrokerResult<bool>> SetTradingStopAsync(BybitTradingStop stop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var body = new List<KeyValuePair<string, object>> { B("category", Category), B("symbol", stop.Symbol), B("tpslMode", "Full"), B("positionIdx", 0) };
        if (stop.TakeProfit is { } tp)
        {
            body.Add(B("takeProfit", BybitNumbers.Format(tp)));
            body.Add(B("tpTriggerBy", stop.TriggerBy));
        }
        if (stop.StopLoss is { } sl)
        {
            body.Add(B("stopLoss", BybitNumbers.Format(sl)));
            body.Add(B("slTriggerBy", stop.TriggerBy));
        }
        return await CallAsync(BybitRequest.PrivatePost("/v5/position/trading-stop", body), _ => true, cancellationToken).ConfigureAwait(false);
    }
}
