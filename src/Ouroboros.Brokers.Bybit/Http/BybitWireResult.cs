using System.Text.Json;
using Ouroboros.Brokers.Bybit.Common;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>What came back: the status, the parsed body (null when it was not a JSON object) and the rate-limit headers.</summary>
internal sealed record BybitWireResult(BybitWireFailure Failure, int Status, JsonElement? Body, BybitRateLimit? Limit, string Detail);
