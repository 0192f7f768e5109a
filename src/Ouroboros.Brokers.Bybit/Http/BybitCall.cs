using System.Text.Json;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>A pipeline outcome: the envelope's <c>result</c>, or an error with Bybit's retCode and retMsg when it sent them.</summary>
internal sealed record BybitCall(JsonElement? Result, BrokerError? Error, int? RetCode, string? RetMsg)
{
    public bool IsSuccess => Error is null;

    public static BybitCall Ok(JsonElement result) => new(result, null, 0, null);

    public static BybitCall Fail(BrokerErrorKind kind, string message, int? retCode = null, string? retMsg = null) =>
        new(null, new BrokerError(kind, message), retCode, retMsg);

    public BrokerResult<T> FailAs<T>() => BrokerResult<T>.Fail(Error!.Kind, Error.Message);
}
