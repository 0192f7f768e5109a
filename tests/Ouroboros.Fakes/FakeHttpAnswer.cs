namespace Ouroboros.Fakes;

/// <summary>A status, a body and extra headers, ready to write.</summary>
internal sealed record FakeHttpAnswer(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeHttpAnswer Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, body, headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase));
}
