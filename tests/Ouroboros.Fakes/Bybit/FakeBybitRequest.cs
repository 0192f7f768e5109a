using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Bybit;

/// <summary>
/// A request as the fake reads it: the raw query string (what a GET is signed over), the raw body (what a POST is
/// signed over), headers matched case-insensitively, and the parsed query and body.
/// </summary>
public sealed class FakeBybitRequest
{
    internal FakeBybitRequest(string method, string path, string rawQuery, IReadOnlyDictionary<string, string> headers,
        IReadOnlyDictionary<string, string> query, string rawBody, JsonObject? body)
    {
        Method = method;
        Path = path;
        RawQuery = rawQuery;
        Headers = headers;
        Query = query;
        RawBody = rawBody;
        Body = body;
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>The query string as received, without the leading '?'.</summary>
    public string RawQuery { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    public string RawBody { get; }

    public JsonObject? Body { get; }

    public bool IsPost => Method == "POST";

    /// <summary>Which page of a paged list this is: 1 without a cursor, else the fake's cursor (a page number).</summary>
    public int Page => int.TryParse(Param("cursor"), out var page) ? page : 1;

    public string ApiKey => Headers.GetValueOrDefault("X-BAPI-API-KEY", "");

    /// <summary>A parameter from the query (GET) or the body (POST); null when absent.</summary>
    public string? Param(string name)
    {
        if (!IsPost) return Query.GetValueOrDefault(name);
        return Body?[name] is { } node ? node.ToString() : null;
    }
}
