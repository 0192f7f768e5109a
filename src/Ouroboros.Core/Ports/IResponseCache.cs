namespace Ouroboros.Core.Ports;

/// <summary>
/// Model answers keyed by provider, model, response schema and prompt (table <c>llm_response_cache</c>), so an LLM
/// backtest can be replayed exactly and for free.
/// </summary>
public interface IResponseCache
{
    /// <summary>Null on a miss.</summary>
    Task<CachedResponse?> GetAsync(ResponseCacheKey key, CancellationToken cancellationToken);

    /// <summary>Stores or replaces the answer for <paramref name="key"/>.</summary>
    Task PutAsync(ResponseCacheKey key, CachedResponse response, CancellationToken cancellationToken);
}

/// <summary>SchemaHash and PromptHash are lower-case hex SHA-256 digests.</summary>
public sealed record ResponseCacheKey(string Provider, string Model, string SchemaHash, string PromptHash);

/// <summary>A recorded answer with its usage; <see cref="PromptPreview"/> is the prompt's first 200 characters, for error messages.</summary>
public sealed record CachedResponse(string Text, int? TokensIn, int? TokensOut, string PromptPreview, DateTimeOffset RecordedAt);
