using System.Globalization;
using Ouroboros.Brokers.Kis;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Kis;

/// <summary>
/// `kis check`: whether the configured KIS key, account and hosts work, read-only (it never places an order): the access
/// token (reused from the journal when still valid, which it says), the domestic balance, one quote and a WebSocket
/// handshake (approval key, connect, subscribe one trade feed, unsubscribe). Every check runs and reports; a check that
/// needs the token is not tried without one, so a wrong secret costs one token request, not four.
/// </summary>
public sealed class KisCheck(KisConnectionSettings settings, KisClientFactory clients, TimeProvider time)
{
    public async Task<KisCheckResult> ExecuteAsync(KisCheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Symbol)) throw new InvalidInputException("symbol", "«symbol» is empty: give a symbol to quote, e.g. 005930.");
        var exchange = KisMarkets.Parse(request.Market);
        var options = settings.Resolve();
        using var client = clients.Create(options);
        var lines = new List<KisCheckLine>();
        var token = await TokenAsync(client, cancellationToken).ConfigureAwait(false);
        lines.Add(token);
        if (token.Ok)
        {
            lines.Add(await BalanceAsync(client, cancellationToken).ConfigureAwait(false));
            lines.Add(await QuoteAsync(client, exchange, request.Symbol.Trim(), cancellationToken).ConfigureAwait(false));
        }
        else
        {
            lines.Add(new KisCheckLine("balance", false, "not tried: no access token (see token)"));
            lines.Add(new KisCheckLine("quote", false, "not tried: no access token (see token)"));
        }
        lines.Add(await WebSocketAsync(client, exchange, request.Symbol.Trim(), cancellationToken).ConfigureAwait(false));
        return new KisCheckResult(options.Environment, options.EffectiveRestBaseUrl, options.EffectiveWebSocketUrl,
            KisAccountNumber.Masked(options.AccountNumber) + "-" + options.ProductCode, lines);
    }

    private async Task<KisCheckLine> TokenAsync(KisClient client, CancellationToken cancellationToken)
    {
        var stored = await clients.TokenStore.LoadAsync(KisKeyFingerprint.Broker, client.Auth.KeyFingerprint, cancellationToken).ConfigureAwait(false);
        var token = await client.Auth.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (!token.IsSuccess) return Failed("token", token.Error!);
        var expires = token.Value!.ExpiresAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var left = token.Value.ExpiresAt - time.GetUtcNow();
        var reused = stored is not null && stored.Value == token.Value.Value;
        return new KisCheckLine("token", true, reused
            ? $"reused from the journal's token store (valid until {expires}, {Hours(left)} left); no new token was issued"
            : $"issued a new token (valid until {expires}); kept in the journal so the next start reuses it");
    }

    private static async Task<KisCheckLine> BalanceAsync(KisClient client, CancellationToken cancellationToken)
    {
        var balance = await client.Domestic.GetBalanceAsync(cancellationToken).ConfigureAwait(false);
        if (!balance.IsSuccess) return Failed("balance", balance.Error!);
        var cash = balance.Value!.Summary?.Deposit is { } deposit ? deposit.ToString("#,0", CultureInfo.InvariantCulture) + " KRW" : "unknown (the host sent no deposit)";
        var held = balance.Value.Holdings.Count(h => h.Quantity > 0);
        return new KisCheckLine("balance", true, $"cash {cash}, {held} holding{(held == 1 ? "" : "s")}");
    }

    private static async Task<KisCheckLine> QuoteAsync(KisClient client, KisExchange exchange, string symbol, CancellationToken cancellationToken)
    {
        if (exchange.IsDomestic)
        {
            var quote = await client.Domestic.GetPriceAsync(symbol, cancellationToken).ConfigureAwait(false);
            return quote.IsSuccess
                ? new KisCheckLine("quote", true, $"{symbol} {quote.Value!.Price.ToString(CultureInfo.InvariantCulture)} KRW")
                : Failed("quote", quote.Error!);
        }
        var overseas = await client.Overseas.GetPriceAsync(exchange, symbol, cancellationToken).ConfigureAwait(false);
        return overseas.IsSuccess
            ? new KisCheckLine("quote", true, $"{symbol} ({exchange.OrderCode}) {overseas.Value!.Price.ToString(CultureInfo.InvariantCulture)} {exchange.Currency}")
            : Failed("quote", overseas.Error!);
    }

    private async Task<KisCheckLine> WebSocketAsync(KisClient client, KisExchange exchange, string symbol, CancellationToken cancellationToken)
    {
        // One attempt, no reconnecting: a check reports what it found.
        var sessionOptions = KisWebSocketSessionOptions.From(client.Options) with { MaxReconnectAttempts = 1 };
        await using var session = clients.CreateSession(client, sessionOptions);
        var started = await session.StartAsync(cancellationToken).ConfigureAwait(false);
        if (!started.IsSuccess) return Failed("websocket", started.Error!);
        var feed = exchange.IsDomestic ? KisSubscription.DomesticTrades(symbol) : KisSubscription.OverseasTrades(exchange, symbol);
        var subscribed = await session.SubscribeAsync(feed, cancellationToken).ConfigureAwait(false);
        if (!subscribed.IsSuccess) return Failed("websocket", subscribed.Error!, $"connected, but subscribing to {feed} failed: ");
        if (subscribed.Value == KisSubscribeOutcome.Queued)
            return new KisCheckLine("websocket", false, $"connected, but the connection dropped before {feed} was acknowledged");
        var unsubscribed = await session.UnsubscribeAsync(feed, cancellationToken).ConfigureAwait(false);
        if (!unsubscribed.IsSuccess) return Failed("websocket", unsubscribed.Error!, $"subscribed to {feed}, but unsubscribing failed: ");
        return new KisCheckLine("websocket", true, $"approval key, connected to {sessionOptions.Endpoint()}, subscribed to {feed} and unsubscribed");
    }

    private static KisCheckLine Failed(string name, BrokerError error, string prefix = "") =>
        new(name, false, $"{prefix}{error.Kind}: {error.Message}");

    private static string Hours(TimeSpan left) =>
        left.TotalHours >= 1 ? $"{Math.Floor(left.TotalHours).ToString(CultureInfo.InvariantCulture)} h" : $"{Math.Max(0, Math.Floor(left.TotalMinutes)).ToString(CultureInfo.InvariantCulture)} min";
}
