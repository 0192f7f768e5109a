namespace Ouroboros.Brokers.Kis.Http;

/// <summary>
/// One <c>/uapi</c> call as the pipeline sends it. <see cref="TrId"/> is already the environment's id. Query names and
/// body keys are upper case and every body value a string (kis-openapi.md §2.2); the pipeline upper-cases them anyway.
/// </summary>
internal sealed record KisRequest(HttpMethod Method, string Path, string TrId)
{
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>The JSON body of a POST, in order; null for GET.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Body { get; init; }

    /// <summary>"" on a first call, "N" for the next page (§3.2).</summary>
    public string TrCont { get; init; } = "";

    /// <summary>An order POST: never retried except on EGW00201, and a lost answer means "unknown whether it was placed".</summary>
    public bool IsOrder { get; init; }

    /// <summary>The older TR to send when the host refuses <see cref="TrId"/> as an unknown service (OPSQ0002).</summary>
    public string? FallbackTrId { get; init; }

    public static KisRequest Get(string path, string trId, params (string Name, string Value)[] query) =>
        new(HttpMethod.Get, path, trId) { Query = [.. query.Select(q => KeyValuePair.Create(q.Name, q.Value))] };

    public static KisRequest Post(string path, string trId, params (string Name, string Value)[] body) =>
        new(HttpMethod.Post, path, trId) { Body = [.. body.Select(q => KeyValuePair.Create(q.Name, q.Value))] };

    /// <summary>This request with <paramref name="name"/> set to <paramref name="value"/> (replaced when present).</summary>
    public KisRequest WithQuery(string name, string value) =>
        this with { Query = [.. Query.Where(q => !string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)), KeyValuePair.Create(name, value)] };
}
