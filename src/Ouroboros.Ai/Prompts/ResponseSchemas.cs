using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// JSON Schemas of the answers, written for strict structured-output modes: every property is required,
/// <c>additionalProperties</c> is false everywhere and optional values are nullable through type arrays. The parsers
/// stay forgiving about form for providers without structured output. <see cref="Hash"/> identifies a schema version
/// (SHA-256 hex of its text) for the response cache and the decision log.
/// </summary>
public static class ResponseSchemas
{
    private const string DecisionProperties = """
        "action": { "type": "string", "enum": ["BUY", "SELL", "HOLD"] },
        "confidence": { "type": "number", "minimum": 0, "maximum": 100 },
        "rationale": { "type": "string" },
        "size": { "type": ["number", "null"], "description": "fraction of equity (0, 1], or null for default sizing" },
        "take_profit": { "type": ["number", "null"], "description": "price level" },
        "stop_loss": { "type": ["number", "null"], "description": "price level" },
        "horizon": { "type": ["string", "null"], "description": "e.g. intraday, 3d, 2w" }
        """;

    private const string DecisionRequired = "\"action\", \"confidence\", \"rationale\", \"size\", \"take_profit\", \"stop_loss\", \"horizon\"";

    public static string Decision { get; } = $$"""
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            {{DecisionProperties}}
          },
          "required": [{{DecisionRequired}}]
        }
        """;

    public static string BatchDecision { get; } = $$"""
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "decisions": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "symbol": { "type": "string" },
                  {{DecisionProperties}}
                },
                "required": ["symbol", {{DecisionRequired}}]
              }
            }
          },
          "required": ["decisions"]
        }
        """;

    public static string Playbook { get; } = """
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "stance": { "type": "string", "enum": ["bullish", "neutral", "bearish", "defensive"] },
            "summary": { "type": "string" },
            "instruments": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "symbol": { "type": "string" },
                  "scenarios": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "id": { "type": "string" },
                        "condition": { "type": "string" },
                        "action": { "type": "string", "enum": ["BUY", "SELL"] },
                        "confidence": { "type": "number", "minimum": 0, "maximum": 100 },
                        "allocation_pct": { "type": ["number", "null"], "description": "percent of equity (0, 100], null for default sizing" },
                        "stop_loss": { "type": ["number", "null"], "description": "price level" },
                        "take_profit": { "type": ["number", "null"], "description": "price level" },
                        "rationale": { "type": "string" }
                      },
                      "required": ["id", "condition", "action", "confidence", "allocation_pct", "stop_loss", "take_profit", "rationale"]
                    }
                  }
                },
                "required": ["symbol", "scenarios"]
              }
            }
          },
          "required": ["stance", "summary", "instruments"]
        }
        """;

    public static string For(PromptKind kind) => kind switch
    {
        PromptKind.Decision => Decision,
        PromptKind.BatchDecision => BatchDecision,
        PromptKind.Playbook => Playbook,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown prompt kind"),
    };

    /// <summary>SHA-256 of the schema's UTF-8 text, lower-case hex.</summary>
    public static string Hash(PromptKind kind) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(For(kind))));
}
