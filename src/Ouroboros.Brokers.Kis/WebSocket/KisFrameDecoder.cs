using System.Collections.Concurrent;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// Turns one pushed data frame into events: decrypts it when flagged, splits its records and parses each with its TR's
/// parser. A frame or record that cannot be read becomes a <see cref="KisStreamProblem"/>; it never stops the session.
/// </summary>
internal sealed class KisFrameDecoder
{
    private readonly ConcurrentDictionary<string, KisNoticeCipher> ciphers = new(StringComparer.Ordinal);

    /// <summary>Remembers the key and IV an acknowledgement gave for <paramref name="trId"/>.</summary>
    public void SetCipher(string trId, string key, string iv) => ciphers[trId] = new KisNoticeCipher(key, iv);

    public IReadOnlyList<KisStreamEvent> Decode(string text, DateTimeOffset receivedAt)
    {
        var frame = KisDataFrame.TryParse(text, out var problem);
        if (frame is null) return [new KisStreamProblem(receivedAt, $"a malformed frame was skipped: {problem} ({Excerpt(text)})")];
        var payload = frame.Payload;
        if (frame.Encrypted)
        {
            if (!ciphers.TryGetValue(frame.TrId, out var cipher))
                return [new KisStreamProblem(receivedAt, $"an encrypted {frame.TrId} frame was skipped: no subscribe acknowledgement gave its key and IV")];
            if (cipher.TryDecrypt(payload, out var decryptProblem) is not { } plain)
                return [new KisStreamProblem(receivedAt, $"an encrypted {frame.TrId} frame was skipped: {decryptProblem}")];
            payload = plain;
        }
        var (width, parse) = ParserOf(frame.TrId);
        if (parse is null) return [new KisStreamProblem(receivedAt, $"a {frame.TrId} frame was skipped: the session has no parser for that TR")];
        var records = frame.Records(payload, width);
        if (records is null)
        {
            var fields = payload.Split('^').Length;
            return [new KisStreamProblem(receivedAt, $"a {frame.TrId} frame was skipped: {fields} fields do not make {frame.Count} records{(width is { } w ? $" of {w}" : "")}")];
        }
        return [.. records.Select(r => parse(r, receivedAt))];
    }

    private static (int? Width, Func<string[], DateTimeOffset, KisStreamEvent>? Parse) ParserOf(string trId) => trId switch
    {
        KisRealtimeTrIds.DomesticTrade => (KisTradeParsers.DomesticFieldCount, KisTradeParsers.Domestic),
        KisRealtimeTrIds.OverseasTrade => (KisTradeParsers.OverseasFieldCount, KisTradeParsers.Overseas),
        _ when KisRealtimeTrIds.IsDomesticNotice(trId) || KisRealtimeTrIds.IsOverseasNotice(trId) => (null, (f, at) => KisNoticeParser.Parse(trId, f, at)),
        _ => (null, null),
    };

    /// <summary>The start of an unreadable frame, for the problem report (data frames carry no secrets).</summary>
    internal static string Excerpt(string text) => text.Length <= 80 ? $"'{text}'" : $"'{text[..80]}…', {text.Length} characters";
}
