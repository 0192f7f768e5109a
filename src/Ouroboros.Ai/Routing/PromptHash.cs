using Ouroboros.Core.Language;
using System.Security.Cryptography;
using System.Text;
using Ouroboros.Ai.Providers;

namespace Ouroboros.Ai.Routing;

/// <summary>SHA-256 digests (lower-case hex) that key the response cache and <c>llm_calls.prompt_hash</c>.</summary>
public static class PromptHash
{
    /// <summary>Of the system and user text together, separated so that moving text between them changes the hash.</summary>
    public static string Of(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Hex(request.System + "\u241E" + request.User);
    }

    /// <summary>Of the schema name and text; the empty schema (free text) has its own stable digest.</summary>
    public static string OfSchema(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Hex((request.SchemaName ?? "") + "\u241E" + (request.JsonSchema ?? ""));
    }

    public static string Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? "")));

    /// <summary>The prompt's start on one line, for error messages that must name the prompt.</summary>
    public static string Preview(ChatRequest request, int length = 200)
    {
        ArgumentNullException.ThrowIfNull(request);
        var flat = request.User.ReplaceLineEndings(" ");
        return flat.Length <= length ? flat : flat[..length] + "…";
    }
}
