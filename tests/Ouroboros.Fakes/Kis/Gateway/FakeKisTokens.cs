using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.Fakes.Kis;

/// <summary>
/// Access tokens and WebSocket approval keys (§3.3): a token lives 24 h; a request within 6 h of the last issuance
/// returns the same token; any issuance within 60 s of the previous one is refused (EGW00133). Tokens look like the
/// real HS512 JWTs whose <c>jti</c> is the app key. Not thread-safe: the server calls it under its lock.
/// </summary>
internal sealed class FakeKisTokens(TimeProvider clock, int seed)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan ReuseWindow = TimeSpan.FromHours(6);
    public static readonly TimeSpan MinimumGap = TimeSpan.FromMinutes(1);

    private readonly Random random = new(seed);
    private readonly byte[] signingKey = SigningKey(seed);
    private readonly Dictionary<string, Token> current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Token> byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> lastAnswered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> answered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> refused = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> approvalKeys = new(StringComparer.Ordinal);

    /// <summary>Null when throttled.</summary>
    public (string Token, DateTimeOffset ExpiresAt)? Issue(string appKey)
    {
        var now = clock.GetUtcNow();
        if (lastAnswered.TryGetValue(appKey, out var last) && now - last < MinimumGap)
        {
            refused[appKey] = Refused(appKey) + 1;
            return null;
        }
        lastAnswered[appKey] = now;
        answered[appKey] = Issued(appKey) + 1;
        if (current.TryGetValue(appKey, out var token) && token.Usable(now) && now - token.IssuedAt < ReuseWindow)
            return (token.Value, token.ExpiresAt);
        var fresh = new Token(Jwt(appKey, now), appKey, now, now + Lifetime);
        current[appKey] = fresh;
        byValue[fresh.Value] = fresh;
        return (fresh.Value, fresh.ExpiresAt);
    }

    public FakeKisTokenCheck Check(string token, string appKey)
    {
        if (!byValue.TryGetValue(token, out var t) || t.Invalidated || t.AppKey != appKey)
            return FakeKisTokenCheck.Unknown;
        return t.Usable(clock.GetUtcNow()) ? FakeKisTokenCheck.Valid : FakeKisTokenCheck.Expired;
    }

    public bool Revoke(string token, string appKey)
    {
        if (!byValue.TryGetValue(token, out var t) || t.AppKey != appKey)
            return false;
        t.Invalidated = true;
        return true;
    }

    public void ExpireAll()
    {
        foreach (var t in byValue.Values)
            t.ForcedExpired = true;
    }

    public void InvalidateAll()
    {
        foreach (var t in byValue.Values)
            t.Invalidated = true;
    }

    public int Issued(string appKey) => answered.GetValueOrDefault(appKey);

    public int Refused(string appKey) => refused.GetValueOrDefault(appKey);

    public string IssueApprovalKey(string appKey)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var key = new Guid(bytes).ToString("D");
        approvalKeys[key] = appKey;
        return key;
    }

    public string? ApprovalKeyOwner(string approvalKey) => approvalKeys.GetValueOrDefault(approvalKey);

    private string Jwt(string appKey, DateTimeOffset now)
    {
        var header = Base64Url("{\"typ\":\"JWT\",\"alg\":\"HS512\"}");
        var payload = Base64Url(
            $"{{\"sub\":\"token\",\"aud\":\"{random.Next():x8}-{random.Next():x8}\",\"prdt_cd\":\"\",\"iss\":\"unogw\","
            + $"\"exp\":{(now + Lifetime).ToUnixTimeSeconds()},\"iat\":{now.ToUnixTimeSeconds()},\"jti\":\"{appKey}\"}}");
        var signature = Convert.ToBase64String(HMACSHA512.HashData(signingKey, Encoding.ASCII.GetBytes(header + "." + payload)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return header + "." + payload + "." + signature;
    }

    private static byte[] SigningKey(int seed)
    {
        var key = new byte[64];
        new Random(seed ^ 0x5EED).NextBytes(key);
        return key;
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class Token(string value, string appKey, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        public string Value { get; } = value;
        public string AppKey { get; } = appKey;
        public DateTimeOffset IssuedAt { get; } = issuedAt;
        public DateTimeOffset ExpiresAt { get; } = expiresAt;
        public bool ForcedExpired { get; set; }
        public bool Invalidated { get; set; }

        public bool Usable(DateTimeOffset now) => !Invalidated && !ForcedExpired && now < ExpiresAt;
    }
}
