using System.Text.Json;
using Ouroboros.Ai.Prompts;

namespace Ouroboros.Ai.Tests.Prompts;

public sealed class ResponseSchemasTests
{
    [Fact]
    public void Every_schema_is_json_and_strict_mode_compatible()
    {
        foreach (var kind in PromptKinds.All)
        {
            using var doc = JsonDocument.Parse(ResponseSchemas.For(kind));
            AssertStrict(doc.RootElement, kind.ToString());
        }
    }

    [Fact]
    public void The_schema_hash_is_the_sha256_hex_of_the_text_and_differs_per_kind()
    {
        var hashes = PromptKinds.All.Select(ResponseSchemas.Hash).ToArray();
        hashes.ShouldAllBe(h => h.Length == 64 && h.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)));
        hashes.Distinct().Count().ShouldBe(3);
        ResponseSchemas.Hash(PromptKind.Decision).ShouldBe(ResponseSchemas.Hash(PromptKind.Decision));
    }

    [Fact]
    public void The_playbook_schema_names_every_scenario_field()
    {
        foreach (var field in new[] { "stance", "summary", "instruments", "symbol", "scenarios", "id", "condition", "action", "confidence", "allocation_pct", "stop_loss", "take_profit", "rationale" })
            ResponseSchemas.Playbook.ShouldContain($"\"{field}\"");
    }

    private static void AssertStrict(JsonElement schema, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object) return;
        if (schema.TryGetProperty("properties", out var properties))
        {
            schema.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse(path);
            var required = schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToHashSet();
            foreach (var property in properties.EnumerateObject())
            {
                required.ShouldContain(property.Name, $"{path}.{property.Name}");
                AssertStrict(property.Value, $"{path}.{property.Name}");
            }
        }
        if (schema.TryGetProperty("items", out var items)) AssertStrict(items, path + "[]");
    }
}
