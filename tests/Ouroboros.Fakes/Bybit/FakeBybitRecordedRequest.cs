namespace Ouroboros.Fakes.Bybit;

/// <summary>A request as the fake recorded it: no signature header is kept (the key is not a secret, the secret never travels).</summary>
public sealed record FakeBybitRecordedRequest(string Method, string Path, string RawQuery, string RawBody, string ApiKey, DateTimeOffset At,
    FakeBybitFaultKind? Fault);
