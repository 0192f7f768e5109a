namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// Sorts what the server sends: data frames become events, PINGPONG is echoed as the very same text (KIS closes a
/// session that does not), acknowledgements answer the waiting request (and hand their AES key and IV to the decoder
/// first, so a notice right behind its acknowledgement can be read), anything else is reported as a problem.
/// </summary>
internal sealed class KisInbound(KisAckSlot acks, Action<KisStreamEvent> publish)
{
    private readonly KisFrameDecoder decoder = new();

    public async Task HandleAsync(KisSocketLink link, string text, DateTimeOffset now, CancellationToken stop)
    {
        if (text.Length > 1 && text[0] is '0' or '1' && text[1] == '|')
        {
            foreach (var e in decoder.Decode(text, now)) publish(e);
            return;
        }
        var control = text.StartsWith('{') ? KisControlMessage.TryParse(text) : null;
        if (control is null)
        {
            // JSON from KIS may carry AES keys, so only non-JSON text is quoted.
            var shown = text.StartsWith('{') ? "unreadable JSON" : KisFrameDecoder.Excerpt(text);
            publish(new KisStreamProblem(now, $"a malformed frame was skipped: it is neither a data frame nor a KIS JSON message ({shown})"));
            return;
        }
        if (control.IsPingPong)
        {
            await link.SendAsync(text, stop);
            return;
        }
        if (control.AesKey is { } key && control.AesIv is { } iv && control.ResultCode == "0") decoder.SetCipher(control.TrId, key, iv);
        if (!acks.TryAnswer(control) && control.ResultCode is not null and not "0")
            publish(new KisStreamProblem(now, $"KIS sent {control.MessageCode} {control.Message} for {control.TrId} unasked"));
    }
}
