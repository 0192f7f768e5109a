namespace Ouroboros.Fakes.Kis;

/// <summary>
/// The checks every /uapi call passes before its handler (§2.1, §4, §9 point 3), in this order: app key known and
/// of this host's environment (EGW02004), app secret, rate limit (EGW00201), "Bearer " (EGW00205), token (EGW00121 /
/// EGW00123), tr_id (OPSQ9999 / EGW00213 / OPSQ0002), custtype (EGW00208), upper-case JSON body for POST.
/// Gateway refusals are HTTP 500 with the rt_cd envelope (§4.2). Called under the server's lock.
/// </summary>
internal static class FakeKisGate
{
    public static FakeKisReply? Check(FakeKisRequest request, FakeKisEndpoint endpoint, FakeKisState state, DateTimeOffset now)
    {
        if (Keys(request, state) is { } keyError)
            return keyError;
        var perSecond = state.Host == FakeKisHost.Real ? state.Settings.RealRequestsPerSecond : state.Settings.VtsRequestsPerSecond;
        if (!state.Limiter.TryAdmit(request.AppKey, perSecond, now))
            return FakeKisReply.Gateway(FakeKisMessages.RateLimited, FakeKisMessages.RateLimitedText);
        var authorization = request.Header("authorization");
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
            return FakeKisReply.Gateway(FakeKisMessages.NotBearer, FakeKisMessages.NotBearerText);
        switch (state.Tokens.Check(authorization["Bearer ".Length..].Trim(), request.AppKey))
        {
            case FakeKisTokenCheck.Unknown:
                return FakeKisReply.Gateway(FakeKisMessages.InvalidToken, FakeKisMessages.InvalidTokenText);
            case FakeKisTokenCheck.Expired:
                return FakeKisReply.Gateway(FakeKisMessages.ExpiredToken, FakeKisMessages.ExpiredTokenText);
        }
        if (TrId(request, endpoint, state.Host) is { } trError)
            return trError;
        if (state.Settings.RequireCustType && request.Header("custtype") is not ("P" or "B"))
            return FakeKisReply.Gateway(FakeKisMessages.BadCustType, FakeKisMessages.BadCustTypeText);
        if (request.IsPost && Body(request) is { } bodyError)
            return bodyError;
        return null;
    }

    /// <summary>App key and secret, shared with /uapi/hashkey.</summary>
    public static FakeKisReply? Keys(FakeKisRequest request, FakeKisState state)
    {
        var appKey = request.AppKey;
        if (appKey.Length == 0)
            return FakeKisReply.Gateway(FakeKisMessages.AppKeyMissing, FakeKisMessages.AppKeyMissingText);
        if (state.KeyOwner(appKey) is not { } owner)
            return FakeKisReply.Gateway(FakeKisMessages.AppKeyInvalid, FakeKisMessages.AppKeyInvalidText);
        if (owner.Host != state.Host)
            return FakeKisReply.Gateway(FakeKisMessages.WrongDomain, WrongDomainText(state.Host));
        var secret = request.Header("appsecret");
        if (secret.Length == 0)
            return FakeKisReply.Gateway(FakeKisMessages.AppSecretMissing, FakeKisMessages.AppSecretMissingText);
        return secret != owner.AppSecret ? FakeKisReply.Gateway(FakeKisMessages.AppSecretInvalid, FakeKisMessages.AppSecretInvalidText) : null;
    }

    public static string WrongDomainText(FakeKisHost host) =>
        host == FakeKisHost.Real ? FakeKisMessages.WrongDomainRealText : FakeKisMessages.WrongDomainVtsText;

    /// <summary>On VTS a real TR (or any TR of a real-only endpoint) is EGW00213; any other unknown TR is OPSQ0002.</summary>
    private static FakeKisReply? TrId(FakeKisRequest request, FakeKisEndpoint endpoint, FakeKisHost host)
    {
        var tr = request.TrId;
        if (tr.Length == 0)
            return FakeKisReply.Gateway(FakeKisMessages.JsonError, FakeKisMessages.TrIdMissingText);
        if (endpoint.Trs(host).Contains(tr, StringComparer.Ordinal))
            return null;
        if (host == FakeKisHost.Vts && (endpoint.VtsTrs.Length == 0 || endpoint.RealTrs.Contains(tr, StringComparer.Ordinal)))
            return FakeKisReply.Gateway(FakeKisMessages.NotVtsTr, FakeKisMessages.NotVtsTrText);
        return FakeKisReply.Gateway(FakeKisMessages.UnknownService, FakeKisMessages.UnknownServiceText);
    }

    /// <summary>KIS reads only upper-case body keys (§2.2); the fake refuses anything else outright.</summary>
    private static FakeKisReply? Body(FakeKisRequest request)
    {
        if (request.Body is null)
            return FakeKisReply.Gateway(FakeKisMessages.JsonError, "JSON PARSING ERROR : invalid json format");
        var lower = request.Body.Keys.FirstOrDefault(k => k.Any(char.IsLower));
        return lower is null ? null : FakeKisReply.Gateway(FakeKisMessages.JsonError, "JSON PARSING ERROR : body keys must be upper case (" + lower + ")");
    }
}
