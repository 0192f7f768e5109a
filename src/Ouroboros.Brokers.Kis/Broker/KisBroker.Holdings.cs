using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>Cash and holdings per exchange, from the balance APIs; a figure KIS did not give is an error, never a zero.</summary>
public sealed partial class KisBroker
{
    /// <summary>
    /// KRW: the D+2 deposit (prvs_rcdl_excc_amt), which already counts today's trades as the agent does, or the deposit
    /// when that is missing. Abroad: the currency's cash of the present balance, or (VTS, which fills only the totals
    /// there) the orderable foreign amount of inquire-psamount for the first instrument of that currency.
    /// </summary>
    private async Task<BrokerResult<decimal>> CashAsync(Currency currency, CancellationToken cancellationToken)
    {
        if (currency == Currency.KRW)
        {
            var balance = await _client.Domestic.GetBalanceAsync(cancellationToken).ConfigureAwait(false);
            if (!balance.IsSuccess) return Fail<decimal>(balance.Error!.Kind, balance.Error.Message);
            return (balance.Value!.Summary?.SettledCash ?? balance.Value.Summary?.Deposit) is { } krw
                ? BrokerResult<decimal>.Ok(krw)
                : Fail<decimal>(BrokerErrorKind.Unknown, "KIS sent no cash figure in the balance");
        }
        var cash = await _client.Overseas.GetCashAsync(cancellationToken).ConfigureAwait(false);
        if (cash.IsSuccess && cash.Value!.FirstOrDefault(c => c.Currency == currency) is { Deposit: { } deposit }) return BrokerResult<decimal>.Ok(deposit);
        var instrument = _instruments.Values.First(i => i.Exchange.Currency == currency);
        var price = await LastPriceAsync(instrument, cancellationToken).ConfigureAwait(false);
        if (!price.IsSuccess) return Fail<decimal>(price.Error!.Kind, price.Error.Message);
        var buyable = await _client.Overseas.GetBuyableAsync(instrument.Exchange, instrument.Symbol, price.Value, cancellationToken).ConfigureAwait(false);
        if (!buyable.IsSuccess) return Fail<decimal>(buyable.Error!.Kind, buyable.Error.Message);
        return buyable.Value!.OrderableForeignAmount is { } amount
            ? BrokerResult<decimal>.Ok(amount)
            : Fail<decimal>(BrokerErrorKind.Unknown, $"KIS gave no orderable {currency} amount");
    }

    private async Task<BrokerResult<IReadOnlyList<(string Symbol, decimal Quantity, decimal? Average)>>> HoldingsAsync(KisExchange exchange,
        CancellationToken cancellationToken)
    {
        if (exchange.IsDomestic)
        {
            var balance = await _client.Domestic.GetBalanceAsync(cancellationToken).ConfigureAwait(false);
            return balance.IsSuccess
                ? BrokerResult<IReadOnlyList<(string, decimal, decimal?)>>.Ok([.. balance.Value!.Holdings.Select(h => (h.Symbol, h.Quantity, h.AveragePrice))])
                : Fail<IReadOnlyList<(string, decimal, decimal?)>>(balance.Error!.Kind, balance.Error.Message);
        }
        var overseas = await _client.Overseas.GetBalanceAsync(exchange, cancellationToken).ConfigureAwait(false);
        return overseas.IsSuccess
            ? BrokerResult<IReadOnlyList<(string, decimal, decimal?)>>.Ok([.. overseas.Value!.Holdings.Select(h => (h.Symbol, h.Quantity, h.AveragePrice))])
            : Fail<IReadOnlyList<(string, decimal, decimal?)>>(overseas.Error!.Kind, overseas.Error.Message);
    }
}
