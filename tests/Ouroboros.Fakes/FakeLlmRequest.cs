namespace Ouroboros.Fakes;

/// <summary>One request as the fake saw it. Header names are case-insensitive.</summary>
public sealed record FakeLlmRequest(
    FakeLlmFormat Format,
    string Method,
    string Path,
    string? Model,
    IReadOnlyDictionary<string, string> Headers,
    string RawBody,
    string? SystemText,
    string? UserText,
    bool SchemaRequested)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
