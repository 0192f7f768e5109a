namespace Ouroboros.Fakes.Kis;

public enum FakeKisFaultKind
{
    /// <summary>HTTP 429 with the EGW00201 body.</summary>
    TooManyRequests,

    /// <summary>HTTP 500 with the EGW00201 body, as the real gateway answers a burst (§4.2).</summary>
    RateLimited,

    /// <summary>HTTP 500 with a plain, non-JSON body.</summary>
    PlainServerError,

    /// <summary>The request waits (real time) before it is handled — and is handled even if the client gave up.</summary>
    Delay,

    /// <summary>HTTP 200 with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>The request is applied (an order is placed), then the connection is aborted without an answer.</summary>
    AppliedThenConnectionAborted,

    /// <summary>The request is applied, then the answer is replaced by a plain HTTP 500.</summary>
    AppliedThenServerError,
}
