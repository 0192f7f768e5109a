namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>
/// One v5 call: method, path, query parameters in the order they are sent and signed, and a flat JSON body (string,
/// bool or int values). <see cref="ChangesState"/> marks calls whose lost answer leaves unknown whether Bybit acted
/// (create, amend, cancel, leverage, trading-stop).
/// </summary>
internal sealed record BybitRequest(HttpMethod Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, object>>? Body, bool IsPrivate, bool ChangesState = false)
{
    public static BybitRequest PublicGet(string path, params KeyValuePair<string, string>[] query) => new(HttpMethod.Get, path, query, null, false);

    public static BybitRequest PrivateGet(string path, params KeyValuePair<string, string>[] query) => new(HttpMethod.Get, path, query, null, true);

    public static BybitRequest PrivatePost(string path, IReadOnlyList<KeyValuePair<string, object>> body) => new(HttpMethod.Post, path, [], body, true, true);

    /// <summary>The query string exactly as it is sent and signed.</summary>
    public string QueryString => string.Join('&', Query.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));

    /// <summary>The same request with one more query parameter (the next page's cursor).</summary>
    public BybitRequest With(string key, string value) => this with { Query = [.. Query.Where(p => p.Key != key), new(key, value)] };
}
