using System.Net;
using System.Text;
using System.Text.Json;
using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>How a request ended before any body could be read.</summary>
internal enum KisWireFailure
{
    None,

    /// <summary>No connection was made: the request never reached the host.</summary>
    NotConnected,

    /// <summary>No answer in time: the host may or may not have acted on it.</summary>
    Timeout,

    /// <summary>The connection broke after it was made: the host may or may not have acted on it.</summary>
    Broken,
}

/// <summary>What came back: the status, the parsed body (null when it was not JSON) and the paging header.</summary>
internal sealed record KisWireResult(KisWireFailure Failure, int Status, JsonElement? Body, string TrCont, string Detail)
{
    public bool IsHttpSuccess => Status is >= 200 and < 300;
}

/// <summary>
/// One HTTP exchange with the host: sends, applies the per-request timeout (from the <see cref="TimeProvider"/>),
/// and always reads the body as JSON whatever the status (kis-openapi.md §4.2). No secret goes into <see cref="KisWireResult.Detail"/>.
/// </summary>
internal sealed class KisWire(HttpClient http, KisOptions options, TimeProvider time, TimeSpan timeout)
{
    public TimeSpan Timeout => timeout;

    public async Task<KisWireResult> SendAsync(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>> headers,
        IReadOnlyList<KeyValuePair<string, string>> query, string? jsonBody, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(method, BuildUri(path, query));
        foreach (var (name, value) in headers) message.Headers.TryAddWithoutValidation(name, value);
        if (jsonBody is not null) message.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");

        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var trCont = response.Headers.TryGetValues("tr_cont", out var values) ? values.FirstOrDefault()?.Trim() ?? "" : "";
            return new KisWireResult(KisWireFailure.None, (int)response.StatusCode, TryParse(text), trCont, Preview(text));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new KisWireResult(KisWireFailure.Timeout, 0, null, "", $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            return new KisWireResult(KisWireFailure.NotConnected, 0, null, "", $"could not connect to {options.EffectiveRestBaseUrl} ({e.HttpRequestError})");
        }
        catch (HttpRequestException e)
        {
            return new KisWireResult(KisWireFailure.Broken, (int)(e.StatusCode ?? 0), null, "", $"the connection failed ({e.HttpRequestError})");
        }
    }

    public static string Json(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in fields) writer.WriteString(key, value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private Uri BuildUri(string path, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var builder = new StringBuilder(options.EffectiveRestBaseUrl).Append(path);
        for (var i = 0; i < query.Count; i++)
        {
            builder.Append(i == 0 ? '?' : '&')
                .Append(WebUtility.UrlEncode(query[i].Key.ToUpperInvariant()))
                .Append('=')
                .Append(Uri.EscapeDataString(query[i].Value));
        }
        return new Uri(builder.ToString());
    }

    private static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Shown in errors when the body is not JSON; a gateway's HTML page never holds our secrets, but keep it short.
    private static string Preview(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 80 ? flat : flat[..80] + "…";
    }
}
