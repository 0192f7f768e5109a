namespace Ouroboros.Fakes.Kis;

/// <summary>
/// A scripted fault, applied to the next <paramref name="Times"/> requests that match <paramref name="When"/> (and,
/// when <paramref name="Page"/> is set, are that page of a paged query: 1 is the first call). Faults are kept in the
/// order they were injected; the first that matches a request is used.
/// </summary>
public sealed record FakeKisFault(FakeKisFaultKind Kind, Func<FakeKisRequest, bool> When, int Times = 1, TimeSpan Delay = default, int? Page = null)
{
    /// <summary>Requests whose path contains <paramref name="fragment"/> (e.g. <c>order-cash</c>, <c>inquire-balance</c>).</summary>
    public static Func<FakeKisRequest, bool> PathContains(string fragment) =>
        r => r.Path.Contains(fragment, StringComparison.OrdinalIgnoreCase);

    public static FakeKisFault TooManyRequests(string pathFragment, int times = 1) =>
        new(FakeKisFaultKind.TooManyRequests, PathContains(pathFragment), times);

    public static FakeKisFault RateLimited(string pathFragment, int times = 1) =>
        new(FakeKisFaultKind.RateLimited, PathContains(pathFragment), times);

    public static FakeKisFault PlainServerError(string pathFragment, int times = 1) =>
        new(FakeKisFaultKind.PlainServerError, PathContains(pathFragment), times);

    public static FakeKisFault Slow(string pathFragment, TimeSpan delay, int times = 1) =>
        new(FakeKisFaultKind.Delay, PathContains(pathFragment), times, delay);

    public static FakeKisFault MalformedJson(string pathFragment, int times = 1) =>
        new(FakeKisFaultKind.MalformedJson, PathContains(pathFragment), times);

    /// <summary>Page <paramref name="page"/> of a paged query fails (by default with the EGW00201 500).</summary>
    public static FakeKisFault FailOnPage(string pathFragment, int page, FakeKisFaultKind kind = FakeKisFaultKind.RateLimited) =>
        new(kind, PathContains(pathFragment), 1, default, page);

    /// <summary>The order is placed (and may fill) but its answer is lost: aborted connection or a plain 500.</summary>
    public static FakeKisFault AppliedButAnswerLost(string pathFragment, bool abortConnection = true) =>
        new(abortConnection ? FakeKisFaultKind.AppliedThenConnectionAborted : FakeKisFaultKind.AppliedThenServerError, PathContains(pathFragment));

    internal bool IsAfterHandling => Kind is FakeKisFaultKind.AppliedThenConnectionAborted or FakeKisFaultKind.AppliedThenServerError;

    internal bool Matches(FakeKisRequest request) => When(request) && (Page is null || Page == request.Page);
}
