namespace Ouroboros.Fakes.Bybit;

/// <summary>
/// A scripted fault, applied to the next <see cref="Times"/> requests whose path contains <see cref="PathFragment"/>
/// (and, when <see cref="Page"/> is set, are that page of a paged list). The first matching fault in injection order is used.
/// </summary>
public sealed record FakeBybitFault(FakeBybitFaultKind Kind, string PathFragment, int Times = 1)
{
    public TimeSpan Delay { get; init; }

    public int? Page { get; init; }

    public int RetCode { get; init; }

    public string RetMsg { get; init; } = "";

    public static FakeBybitFault RateLimited(string path, int times = 1) => new(FakeBybitFaultKind.RateLimited, path, times);

    public static FakeBybitFault TimestampRejected(string path, int times = 1) => new(FakeBybitFaultKind.TimestampRejected, path, times);

    public static FakeBybitFault PlainServerError(string path, int times = 1) => new(FakeBybitFaultKind.PlainServerError, path, times);

    public static FakeBybitFault MalformedJson(string path, int times = 1) => new(FakeBybitFaultKind.MalformedJson, path, times);

    public static FakeBybitFault Slow(string path, TimeSpan delay, int times = 1) => new(FakeBybitFaultKind.Delay, path, times) { Delay = delay };

    public static FakeBybitFault FailOnPage(string path, int page, FakeBybitFaultKind kind = FakeBybitFaultKind.PlainServerError) => new(kind, path) { Page = page };

    /// <summary>The order is placed (and may fill) but its answer is lost: aborted connection or a plain 500.</summary>
    public static FakeBybitFault AppliedButAnswerLost(string path, bool abortConnection = true) =>
        new(abortConnection ? FakeBybitFaultKind.AppliedThenConnectionAborted : FakeBybitFaultKind.AppliedThenServerError, path);

    public static FakeBybitFault Business(string path, int retCode, string retMsg, int times = 1) =>
        new(FakeBybitFaultKind.Business, path, times) { RetCode = retCode, RetMsg = retMsg };

    internal bool IsAfterHandling => Kind is FakeBybitFaultKind.AppliedThenConnectionAborted or FakeBybitFaultKind.AppliedThenServerError;

    internal bool Matches(FakeBybitRequest request) =>
        request.Path.Contains(PathFragment, StringComparison.OrdinalIgnoreCase) && (Page is null || Page == request.Page);
}
