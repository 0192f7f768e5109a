using System.Text.Json;
using Ouroboros.Indicators.Tests.Support;

namespace Ouroboros.Indicators.Tests.Reference;

/// <summary>A results/*.standard.json baseline: one entry per bar of default.csv, each field nullable.</summary>
internal static class BaselineFile
{
    public static IReadOnlyDictionary<string, double?[]> Load(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(TestDataPath.Of("results", $"{name}.standard.json")));
        var rows = doc.RootElement.EnumerateArray().ToArray();
        var fields = new Dictionary<string, double?[]>();
        for (var i = 0; i < rows.Length; i++)
        {
            foreach (var p in rows[i].EnumerateObject())
            {
                if (p.Name == "timestamp") continue;
                if (!fields.TryGetValue(p.Name, out var column)) fields[p.Name] = column = new double?[rows.Length];
                column[i] = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetDouble();
            }
        }

        return fields;
    }

    /// <summary>The baseline's timestamps, to prove that entry i belongs to bar i of default.csv.</summary>
    public static DateTime[] Timestamps(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(TestDataPath.Of("results", $"{name}.standard.json")));
        return doc.RootElement.EnumerateArray().Select(r => r.GetProperty("timestamp").GetDateTime()).ToArray();
    }

    /// <summary>Index of the first bar where <paramref name="field"/> is not null.</summary>
    public static int FirstValue(string name, string field) => Array.FindIndex(Load(name)[field], v => v is not null);
}
