namespace Ouroboros.Fakes.Kis;

/// <summary>
/// A request as the fake saw it, with secrets removed: the <c>authorization</c>, <c>appsecret</c> and <c>hashkey</c>
/// headers are dropped and the body's <c>appsecret</c>, <c>secretkey</c> and <c>token</c> values are replaced by
/// <c>***</c>. <paramref name="Fault"/> names the injected fault applied to it, if any.
/// </summary>
public sealed record FakeKisRecordedRequest(
    string Method,
    string Path,
    string QueryString,
    string TrId,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt,
    string? Fault);
