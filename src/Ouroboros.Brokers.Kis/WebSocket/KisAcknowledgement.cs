using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>The OPSP codes of a subscribe/unsubscribe acknowledgement (kis-openapi.md §4.3) as outcomes and errors.</summary>
internal static class KisAcknowledgement
{
    public const string InvalidApproval = "OPSP0011";

    public static BrokerResult<KisSubscribeOutcome> Interpret(KisControlMessage ack, KisSubscription subscription, bool subscribe)
    {
        var verb = subscribe ? "subscribe to" : "unsubscribe from";
        var said = $"{ack.MessageCode} {ack.Message}".Trim();
        return ack.MessageCode switch
        {
            "OPSP0000" => BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.Subscribed),
            "OPSP0001" or "OPSP0003" => BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.Unsubscribed),
            "OPSP0002" => BrokerResult<KisSubscribeOutcome>.Ok(KisSubscribeOutcome.AlreadySubscribed),
            "OPSP0008" => Fail(BrokerErrorKind.Rejected,
                $"KIS refused to {verb} {subscription}: the session is at its maximum of {KisWebSocketSessionOptions.MaxSubscriptions} subscriptions ({said}); unsubscribe one first"),
            "OPSP8996" => Fail(BrokerErrorKind.Rejected,
                $"KIS refused to {verb} {subscription}: another session already uses this app key's WebSocket ({said}); KIS allows one session per app key, so close the other program or session first"),
            InvalidApproval => Fail(BrokerErrorKind.Auth,
                $"KIS refused the WebSocket approval key even after fetching a new one ({said}); check that the app key belongs to this host (real or VTS)"),
            "OPSP8991" => Fail(BrokerErrorKind.InvalidRequest, $"KIS does not know the real-time TR '{subscription.TrId}' ({said})"),
            "OPSP8992" => Fail(BrokerErrorKind.InvalidRequest,
                $"KIS refused the key '{subscription.TrKey}' of {subscription.TrId} ({said}); domestic keys are 6-digit codes, overseas D + exchange + ticker, notices the HTS id"),
            _ when ack.ResultCode == "0" => BrokerResult<KisSubscribeOutcome>.Ok(subscribe ? KisSubscribeOutcome.Subscribed : KisSubscribeOutcome.Unsubscribed),
            _ => Fail(BrokerErrorKind.Rejected, $"KIS refused to {verb} {subscription} ({said})"),
        };
    }

    private static BrokerResult<KisSubscribeOutcome> Fail(BrokerErrorKind kind, string message) => BrokerResult<KisSubscribeOutcome>.Fail(kind, message);
}
