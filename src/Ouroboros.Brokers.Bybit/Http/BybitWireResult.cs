using System.Text.Json;
using Ouroboros.Brokers.Bybit.Common;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>How a request ended before any body could be read.</summary>
internal enum BybitWireFailure
{
    None,

    /// <summary>No connection was made: the request never reached Bybit.</summary>
    NotConnected,

    /// <summary>No answer in time: Bybit may or may not have acted on it.</summary>
    Timeout,

    /// <summary>The connection broke after it was made: Bybit may or may not have acted on it.</summary>
    Broken,
}

/// <summary>What came back: the status, the parsed body (null when it was not a JSON object) and the rate-limit headers.</summary>
internal sealed record BybitWireResult(BybitWireFailure Failure, int Status, JsonElement? Body, BybitRateLimit? Limit, string Detail);
