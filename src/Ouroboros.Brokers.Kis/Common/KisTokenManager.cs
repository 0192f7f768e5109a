using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// The access token of one app key (kis-openapi.md §3.3): issued at most once a minute (EGW00133 means wait the minute,
/// never loop), kept in the <see cref="IBrokerTokenStore"/> so restarts reuse it, refreshed ten minutes before it expires,
/// and issued once for all concurrent callers.
/// </summary>
internal sealed class KisTokenManager(KisWire wire, KisOptions options, TimeProvider time, IBrokerTokenStore store, ILogger logger, KisClientSettings settings,
    SemaphoreSlim gate)
{
    /// <summary>KIS allows one issuance per minute per key.</summary>
    public static readonly TimeSpan IssuanceSpacing = TimeSpan.FromMinutes(1);

    // Owned (and disposed) by the KisClient: one issuance at a time for every caller of this key.
    private readonly SemaphoreSlim _gate = gate;
    private readonly string _fingerprint = KisKeyFingerprint.Of(options.AppKey);
    private volatile BrokerToken? _current;
    private string? _refused;
    private DateTimeOffset? _lastIssuedAt;

    public string Fingerprint => _fingerprint;

    /// <summary>A usable token: the one in memory, else the stored one, else a new one.</summary>
    public async Task<BrokerResult<BrokerToken>> GetAsync(CancellationToken cancellationToken)
    {
        if (Usable(_current) is { } fast) return BrokerResult<BrokerToken>.Ok(fast);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Usable(_current) is { } current) return BrokerResult<BrokerToken>.Ok(current);
            // Another client of the same key (or an earlier run) may have issued one meanwhile.
            var stored = await LoadAsync(cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                if (_lastIssuedAt is null || stored.IssuedAt > _lastIssuedAt) _lastIssuedAt = stored.IssuedAt;
                if (stored.Value != _refused && Usable(stored) is { } reused)
                {
                    _current = reused;
                    KisLog.TokenReused(logger, _fingerprint, reused.ExpiresAt);
                    return BrokerResult<BrokerToken>.Ok(reused);
                }
            }
            return await IssueAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The host refused <paramref name="token"/> (EGW00121/EGW00123): forget it so the next call issues a new one.</summary>
    public void Refuse(BrokerToken token, string code)
    {
        ArgumentNullException.ThrowIfNull(token);
        KisLog.TokenRefused(logger, code);
        _refused = token.Value;
        if (ReferenceEquals(_current, token) || _current?.Value == token.Value) _current = null;
    }

    /// <summary>Revokes the current token (if any) on the host and forgets it here and in the store.</summary>
    public async Task<BrokerResult<bool>> RevokeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var token = _current ?? await LoadAsync(cancellationToken).ConfigureAwait(false);
            if (token is null) return BrokerResult<bool>.Ok(false);
            var body = KisWire.Json([new("appkey", options.AppKey), new("appsecret", options.AppSecret), new("token", token.Value)]);
            var result = await wire.SendAsync(HttpMethod.Post, "/oauth2/revokeP", [], [], body, cancellationToken).ConfigureAwait(false);
            if (result.Failure != KisWireFailure.None) return BrokerResult<bool>.Fail(BrokerErrorKind.Network, "revoking the token: " + result.Detail);
            if (!result.IsHttpSuccess) return BrokerResult<bool>.Fail(BrokerErrorKind.Auth, $"revoking the token: the host answered HTTP {result.Status}{Describe(result.Body)}");
            _current = null;
            _refused = token.Value;
            await DeleteAsync(cancellationToken).ConfigureAwait(false);
            return BrokerResult<bool>.Ok(true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private BrokerToken? Usable(BrokerToken? token) =>
        token is not null && time.GetUtcNow() < token.ExpiresAt - settings.TokenRefreshBeforeExpiry ? token : null;

    private async Task<BrokerResult<BrokerToken>> IssueAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= settings.MaxTokenIssueAttempts; attempt++)
        {
            if (_lastIssuedAt is { } last && time.GetUtcNow() < last + IssuanceSpacing)
            {
                var wait = last + IssuanceSpacing - time.GetUtcNow();
                KisLog.TokenWait(logger, wait);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            var body = KisWire.Json([new("grant_type", "client_credentials"), new("appkey", options.AppKey), new("appsecret", options.AppSecret)]);
            var result = await wire.SendAsync(HttpMethod.Post, "/oauth2/tokenP", [], [], body, cancellationToken).ConfigureAwait(false);
            if (result.Failure != KisWireFailure.None) return BrokerResult<BrokerToken>.Fail(BrokerErrorKind.Network, "issuing a token: " + result.Detail);
            if (result.Body is not { } json)
                return BrokerResult<BrokerToken>.Fail(result.IsHttpSuccess ? BrokerErrorKind.Unknown : BrokerErrorKind.Network, $"issuing a token: HTTP {result.Status} with a body that is not JSON");
            var code = KisJson.Trimmed(json, "error_code") ?? KisJson.Trimmed(json, "msg_cd");
            if (code == KisErrorCodes.TokenThrottled)
            {
                // The host counts from its last issuance, which we cannot see: wait a whole minute from now.
                _lastIssuedAt = time.GetUtcNow();
                continue;
            }
            if (KisJson.Trimmed(json, "access_token") is { } value && result.IsHttpSuccess)
            {
                if (ExpiresAt(json) is not { } expiresAt)
                    return BrokerResult<BrokerToken>.Fail(BrokerErrorKind.Unknown, "issuing a token: the answer says neither expires_in nor access_token_token_expired");
                var token = new BrokerToken(value, time.GetUtcNow(), expiresAt);
                _current = token;
                _lastIssuedAt = token.IssuedAt;
                await SaveAsync(token, cancellationToken).ConfigureAwait(false);
                KisLog.TokenIssued(logger, _fingerprint, token.ExpiresAt);
                return BrokerResult<BrokerToken>.Ok(token);
            }
            if (code == KisErrorCodes.VtsKeyOnRealHost) return BrokerResult<BrokerToken>.Fail(BrokerErrorKind.Auth, KisPipeline.VtsKeyOnRealHostMessage);
            return BrokerResult<BrokerToken>.Fail(BrokerErrorKind.Auth, $"issuing a token: HTTP {result.Status}{Describe(json)}");
        }
        return BrokerResult<BrokerToken>.Fail(BrokerErrorKind.RateLimited,
            $"issuing a token: still refused as too frequent (EGW00133) after {settings.MaxTokenIssueAttempts} waits of a minute; try again later");
    }

    // expires_in (seconds) is relative, so it survives a clock difference between us and the host; the KST wall time
    // access_token_token_expired is the fallback.
    private DateTimeOffset? ExpiresAt(JsonElement json)
    {
        if (decimal.TryParse(KisJson.Text(json, "expires_in"), NumberStyles.Number, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            return time.GetUtcNow().AddSeconds((double)seconds);
        if (KisJson.Trimmed(json, "access_token_token_expired") is { } text
            && DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var kst))
            return new DateTimeOffset(kst, KisClock.KstOffset).ToUniversalTime();
        return null;
    }

    private static string Describe(JsonElement? body)
    {
        if (body is not { } json) return "";
        var code = KisJson.Trimmed(json, "error_code") ?? KisJson.Trimmed(json, "msg_cd");
        var text = KisJson.Trimmed(json, "error_description") ?? KisJson.Trimmed(json, "msg1");
        return code is null && text is null ? "" : $": {code} {text}".TrimEnd();
    }

    private async Task<BrokerToken?> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await store.LoadAsync(KisKeyFingerprint.Broker, _fingerprint, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            KisLog.TokenStoreFailed(logger, e.Message);
            return null;
        }
    }

    private async Task SaveAsync(BrokerToken token, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(KisKeyFingerprint.Broker, _fingerprint, token, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            KisLog.TokenStoreFailed(logger, e.Message);
        }
    }

    private async Task DeleteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(KisKeyFingerprint.Broker, _fingerprint, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            KisLog.TokenStoreFailed(logger, e.Message);
        }
    }
}
