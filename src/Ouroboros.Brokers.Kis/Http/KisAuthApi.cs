using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>
/// Tokens and keys of one app key (kis-openapi.md §3.3–§3.4): the access token (cached, shared), its revocation, the
/// WebSocket approval key and the hashkey of an order body. Values returned here are secrets: never log them.
/// </summary>
public sealed class KisAuthApi
{
    private readonly KisTokenManager _tokens;
    private readonly KisPipeline _pipeline;
    private readonly KisWire _wire;
    private readonly KisOptions _options;

    internal KisAuthApi(KisTokenManager tokens, KisPipeline pipeline, KisWire wire, KisOptions options)
    {
        _tokens = tokens;
        _pipeline = pipeline;
        _wire = wire;
        _options = options;
    }

    /// <summary>The store key of this app key's token: SHA-256 of the key, first 16 hex characters.</summary>
    public string KeyFingerprint => _tokens.Fingerprint;

    /// <summary>A usable access token: from memory, the store, or a new issuance (at most one a minute).</summary>
    public Task<BrokerResult<BrokerToken>> GetTokenAsync(CancellationToken cancellationToken) => _tokens.GetAsync(cancellationToken);

    /// <summary>Revokes the current token on the host and forgets it; Ok(false) when there was none.</summary>
    public Task<BrokerResult<bool>> RevokeTokenAsync(CancellationToken cancellationToken) => _tokens.RevokeAsync(cancellationToken);

    /// <summary>A WebSocket approval key from /oauth2/Approval (the secret goes under the name <c>secretkey</c>).</summary>
    public async Task<BrokerResult<string>> GetApprovalKeyAsync(CancellationToken cancellationToken)
    {
        var body = KisWire.Json([new("grant_type", "client_credentials"), new("appkey", _options.AppKey), new("secretkey", _options.AppSecret)]);
        var result = await _wire.SendAsync(HttpMethod.Post, "/oauth2/Approval", [], [], body, cancellationToken).ConfigureAwait(false);
        if (result.Failure != KisWireFailure.None) return BrokerResult<string>.Fail(BrokerErrorKind.Network, "getting a WebSocket approval key: " + result.Detail);
        if (result.Body is { } json && result.IsHttpSuccess && KisJson.Trimmed(json, "approval_key") is { } key) return BrokerResult<string>.Ok(key);
        var code = result.Body is { } b ? KisJson.Trimmed(b, "error_code") ?? KisJson.Trimmed(b, "msg_cd") : null;
        if (code == KisErrorCodes.VtsKeyOnRealHost) return BrokerResult<string>.Fail(BrokerErrorKind.Auth, KisPipeline.VtsKeyOnRealHostMessage);
        return BrokerResult<string>.Fail(result.IsHttpSuccess ? BrokerErrorKind.Unknown : BrokerErrorKind.Auth,
            $"getting a WebSocket approval key: HTTP {result.Status}{(code is null ? " without an approval_key" : " " + code)}");
    }

    /// <summary>The HASH of an order body (§3.4); keys are upper-cased as the order API wants them.</summary>
    public Task<BrokerResult<string>> GetHashKeyAsync(IReadOnlyDictionary<string, string> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        return _pipeline.HashKeyAsync([.. body], cancellationToken);
    }
}
