namespace Ouroboros.Brokers.Kis.Common;

/// <summary>The gateway and service codes the client acts on (kis-openapi.md §4.3).</summary>
public static class KisErrorCodes
{
    public const string RateLimited = "EGW00201";
    public const string InvalidToken = "EGW00121";
    public const string ExpiredToken = "EGW00123";
    public const string TokenThrottled = "EGW00133";
    public const string VtsKeyOnRealHost = "EGW02004";
    public const string NotAVtsTr = "EGW00213";
    public const string ConnectionTimeout = "EGW00301";
    public const string TransactionTimeout = "EGW00302";
    public const string UnknownService = "OPSQ0002";

    /// <summary>Gateway codes about the key, secret or token: no retry can fix them.</summary>
    public static bool IsCredentialProblem(string code) =>
        code is "EGW00102" or "EGW00103" or "EGW00104" or "EGW00105" or "EGW00122" or "EGW00205" or "EGW00206" or "EGW00208";
}
