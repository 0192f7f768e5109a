using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>Reads an order answer. rt_cd 0 means the order exists, so an answer without a readable order number is Unknown, not a failure to place.</summary>
internal static class KisOrderAcks
{
    public static BrokerResult<KisOrderAck> From(KisCall call)
    {
        var ack = KisParse.Map(call, Read);
        return ack.IsSuccess || call.Response is null
            ? ack
            : BrokerResult<KisOrderAck>.Fail(BrokerErrorKind.Unknown,
                $"the host accepted the order (rt_cd 0) but its answer has no readable order number ({ack.Error!.Message}); find it in the day's orders before sending again");
    }

    private static KisOrderAck Read(KisResponse response)
    {
        var o = KisJson.RequiredSingle(response.Body, "output");
        return new KisOrderAck(KisJson.Trimmed(o, "KRX_FWDG_ORD_ORGNO") ?? "", KisJson.RequiredText(o, "ODNO"), KisJson.Time(o, "ORD_TMD"), response.MsgCd, response.Msg1);
    }
}
