using System.Text;
using System.Text.Json;
using Ouroboros.Brokers.Bybit.Common;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>
/// One HTTP exchange with Bybit: sends exactly the query string and body that were signed, applies the per-request
/// deadline (from the <see cref="TimeProvider"/>), reads the rate-limit headers and parses the body whatever the
/// status. No secret goes into <see cref="BybitWireResult.Detail"/>.
/// </summary>
internal sealed class BybitWire(HttpClient http, BybitOptions options, TimeProvider time, TimeSpan timeout)
{
    public async Task<BybitWireResult> SendAsync(HttpMethod method, string path, string queryString, string? body,
        IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        var uri = new Uri(options.EffectiveRestBaseUrl + path + (queryString.Length > 0 ? "?" + queryString : ""));
        using var message = new HttpRequestMessage(method, uri);
        foreach (var (name, value) in headers) message.Headers.TryAddWithoutValidation(name, value);
        if (body is not null) message.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var limit = BybitRateLimits.Parse(Header(response, "X-Bapi-Limit"), Header(response, "X-Bapi-Limit-Status"),
                Header(response, "X-Bapi-Limit-Reset-Timestamp"));
            return new BybitWireResult(BybitWireFailure.None, (int)response.StatusCode, TryParse(text), limit, Preview(text));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new BybitWireResult(BybitWireFailure.Timeout, 0, null, null, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            return new BybitWireResult(BybitWireFailure.NotConnected, 0, null, null, $"could not connect to {options.EffectiveRestBaseUrl} ({e.HttpRequestError})");
        }
        catch (HttpRequestException e)
        {
            return new BybitWireResult(BybitWireFailure.Broken, (int)(e.StatusCode ?? 0), null, null, $"the connection failed ({e.HttpRequestError})");
        }
    }

    /// <summary>A flat JSON object of string, bool and int values, in the given order.</summary>
    public static string Json(IReadOnlyList<KeyValuePair<string, object>> fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in fields)
            {
                switch (value)
                {
                    case bool b: writer.WriteBoolean(key, b); break;
                    case int i: writer.WriteNumber(key, i); break;
                    default: writer.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

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

    private static string Preview(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 80 ? flat : flat[..80] + "…";
    }
}
