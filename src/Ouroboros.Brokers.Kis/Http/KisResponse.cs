using System.Text.Json;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>A successful envelope (rt_cd "0"): the body, the paging header and the trimmed message.</summary>
internal sealed record KisResponse(JsonElement Body, string TrCont, string MsgCd, string Msg1)
{
    /// <summary>F or M: more pages follow (§3.2); D, E or nothing: this is the last.</summary>
    public bool HasMore => TrCont is "F" or "M";
}

/// <summary>A pipeline outcome: the response, or an error with the host's msg_cd when it sent one.</summary>
internal sealed record KisCall(KisResponse? Response, Ouroboros.Core.Ports.BrokerError? Error, string? MsgCd)
{
    public static KisCall Ok(KisResponse response) => new(response, null, response.MsgCd);

    public static KisCall Fail(Ouroboros.Core.Ports.BrokerErrorKind kind, string message, string? msgCd = null) =>
        new(null, new Ouroboros.Core.Ports.BrokerError(kind, message), msgCd);

    public Ouroboros.Core.Ports.BrokerResult<T> FailAs<T>() => Ouroboros.Core.Ports.BrokerResult<T>.Fail(Error!.Kind, Error.Message);
}
