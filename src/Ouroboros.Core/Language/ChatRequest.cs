namespace Ouroboros.Core.Language;

/// <summary>
/// A single-turn request. <see cref="JsonSchema"/> (a JSON Schema object as text) asks for structured output named
/// <see cref="SchemaName"/>; null asks for free text. <see cref="Timeout"/> bounds the whole call.
/// </summary>
public sealed record ChatRequest(
    string System,
    string User,
    string? SchemaName = null,
    string? JsonSchema = null,
    int MaxOutputTokens = 1024,
    double? Temperature = 0.2,
    TimeSpan? Timeout = null);
