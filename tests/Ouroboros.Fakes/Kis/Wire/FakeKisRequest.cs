using System.Text.Json;

namespace Ouroboros.Fakes.Kis;

/// <summary>
/// A request as the fake reads it. Header and query names are matched case-insensitively (KIS matches query names
/// in any case, §2.2); body keys exactly as sent, because KIS only reads upper-case keys.
/// </summary>
public sealed class FakeKisRequest
{
    internal FakeKisRequest(
        string method,
        string path,
        string queryString,
        IReadOnlyDictionary<string, string> headers,
        IReadOnlyDictionary<string, string> query,
        string rawBody,
        IReadOnlyDictionary<string, string>? body,
        int page)
    {
        Method = method;
        Path = path;
        QueryString = queryString;
        Headers = headers;
        Query = query;
        RawBody = rawBody;
        Body = body;
        Page = page;
    }

    public string Method { get; }

    public string Path { get; }

    public string QueryString { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    public string RawBody { get; }

    /// <summary>The body's top-level keys and values (as text); null when the body is empty or not a JSON object.</summary>
    public IReadOnlyDictionary<string, string>? Body { get; }

    /// <summary>1 for a first call, then 2, 3… for each <c>tr_cont: N</c> call on the same path and key.</summary>
    public int Page { get; }

    public string TrId => Header("tr_id");

    public string AppKey => Header("appkey");

    public string Header(string name) => Headers.TryGetValue(name, out var v) ? v : string.Empty;

    public string QueryValue(string name) => Query.TryGetValue(name, out var v) ? v : string.Empty;

    public string BodyValue(string name) => Body is not null && Body.TryGetValue(name, out var v) ? v : string.Empty;

    /// <summary>A query or body field: GET reads the query (any case), POST the body (upper case only).</summary>
    public string Field(string name) => IsPost ? BodyValue(name) : QueryValue(name);

    public bool HasField(string name) => IsPost ? Body?.ContainsKey(name) == true : Query.ContainsKey(name);

    public bool IsPost => string.Equals(Method, "POST", StringComparison.OrdinalIgnoreCase);

    internal static IReadOnlyDictionary<string, string>? ParseBody(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        try
        {
            using var doc = JsonDocument.Parse(raw);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return null;
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
                result[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.GetRawText();
            return result;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
