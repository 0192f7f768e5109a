namespace Ouroboros.Fakes.Bybit;

public enum FakeBybitFaultKind
{
    /// <summary>retCode 10006 "Too many visits!" with <c>X-Bapi-Limit-Status: 0</c> and a reset a second ahead.</summary>
    RateLimited,

    /// <summary>HTTP 403 "access too frequent" with no envelope: the IP limit.</summary>
    IpBanned,

    /// <summary>retCode 10002, as if the request's timestamp were outside the receive window.</summary>
    TimestampRejected,

    /// <summary>retCode 10016 "Server error".</summary>
    ServerErrorCode,

    /// <summary>HTTP 500 with a plain, non-JSON body.</summary>
    PlainServerError,

    /// <summary>HTTP 200 with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>The request waits (real time) before it is handled, and is handled even if the client gave up.</summary>
    Delay,

    /// <summary>The request is applied (an order is placed and may fill), then the connection is aborted without an answer.</summary>
    AppliedThenConnectionAborted,

    /// <summary>The request is applied, then the answer is replaced by a plain HTTP 500.</summary>
    AppliedThenServerError,

    /// <summary>A business refusal with the fault's retCode and retMsg.</summary>
    Business,
}
