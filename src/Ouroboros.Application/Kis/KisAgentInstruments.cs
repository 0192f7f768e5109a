using Ouroboros.Brokers.Kis.Broker;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Feed;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;

namespace Ouroboros.Application.Kis;

/// <summary>
/// Where KIS trades each instrument of an agent: KRX codes as they are, US tickers on the exchange that quotes them.
/// The journal's instruments know only "US" (NASDAQ, NYSE and AMEX share one rulebook), while a KIS order must name the
/// listing exchange or is refused, so each US ticker is looked up on NASDAQ, then NYSE, then AMEX, and the first that
/// quotes it with a price is taken (kis-openapi.md §6.1: a wrong EXCD answers without a price).
/// </summary>
internal static class KisAgentInstruments
{
    private static readonly KisExchange[] UsExchanges = [KisExchange.Nasdaq, KisExchange.Nyse, KisExchange.Amex];

    /// <summary>Every instrument mapped, or a user error naming every one that cannot be traded through KIS.</summary>
    public static async Task<IReadOnlyList<KisInstrument>> ResolveAsync(KisClient client, IReadOnlyList<Instrument> instruments, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (instruments.Select(i => i.Currency).Distinct().Count() > 1)
            problems.Add($"one session trades in one currency, but these instruments trade in {string.Join(" and ", instruments.Select(i => i.Currency).Distinct())}: run one agent per market (e.g. «markets» KRX and «markets» US separately)");
        var mapped = new List<KisInstrument>();
        foreach (var instrument in instruments)
        {
            switch (instrument.Venue)
            {
                case Venue.Krx when instrument.Symbol.Length == 6 && instrument.Symbol.All(char.IsAsciiLetterOrDigit):
                    mapped.Add(new KisInstrument(instrument.Id, KisExchange.Krx, instrument.Symbol, instrument.AssetClass == AssetClass.Etf));
                    break;
                case Venue.Krx:
                    problems.Add($"{instrument.Symbol} is not a KRX code (6 letters or digits, e.g. 005930)");
                    break;
                case Venue.Us:
                    var found = await UsExchangeAsync(client, instrument.Symbol, cancellationToken).ConfigureAwait(false);
                    if (found.Exchange is { } exchange) mapped.Add(new KisInstrument(instrument.Id, exchange, instrument.Symbol.ToUpperInvariant(), instrument.AssetClass == AssetClass.Etf));
                    else problems.Add(found.Problem!);
                    break;
                default:
                    problems.Add($"{instrument.Symbol} has no KIS market (its data was loaded for the {instrument.Venue.ToString().ToLowerInvariant()} venue): load KRX data with «venue» krx or US data with «venue» us");
                    break;
            }
        }
        if (problems.Count > 0)
            throw new InvalidInputException("data", $"the agent cannot trade through KIS: {string.Join("; ", problems)}.");
        return mapped;
    }

    /// <summary>The feed's view of the same mapping.</summary>
    public static IReadOnlyDictionary<InstrumentId, KisFeedInstrument> FeedMap(IReadOnlyList<KisInstrument> instruments) =>
        instruments.ToDictionary(i => i.Id, i => new KisFeedInstrument(i.Exchange, i.Symbol));

    private static async Task<(KisExchange? Exchange, string? Problem)> UsExchangeAsync(KisClient client, string symbol, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        foreach (var exchange in UsExchanges)
        {
            var quote = await client.Overseas.GetPriceAsync(exchange, symbol.ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
            if (quote.IsSuccess && quote.Value!.Price > 0) return (exchange, null);
            // A refusal or an answer without a price means "not listed here"; only a failure to ask leaves it unknown.
            if (!quote.IsSuccess && quote.Error!.Kind is BrokerErrorKind.Network or BrokerErrorKind.RateLimited or BrokerErrorKind.Auth)
                errors.Add($"{exchange.Name}: {quote.Error.Message}");
        }
        return (null, errors.Count > 0
            ? $"{symbol}: KIS could not be asked where it is listed ({string.Join("; ", errors)}); try again"
            : $"{symbol} is quoted on none of NASDAQ, NYSE and AMEX at KIS: check the ticker");
    }
}
