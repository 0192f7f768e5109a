using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ouroboros.Analytics.Reports;

/// <summary>Writes metadata values of common shapes (scalars, dictionaries, lists, JSON nodes) without reflection.</summary>
internal static class JsonValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d: Number(writer, d); break;
            case float f: Number(writer, f); break;
            case DateTimeOffset t: writer.WriteStringValue(t.ToUniversalTime()); break;
            case DateTime t: writer.WriteStringValue(t); break;
            case TimeSpan t: writer.WriteStringValue(t.ToString("c")); break;
            case Enum e: writer.WriteStringValue(e.ToString()); break;
            case JsonNode node: node.WriteTo(writer); break;
            case JsonElement element: element.WriteTo(writer); break;
            case IDictionary dictionary: WriteObject(writer, dictionary); break;
            case IEnumerable<KeyValuePair<string, string>> pairs: WriteObject(writer, pairs.Select(p => KeyValuePair.Create(p.Key, (object?)p.Value))); break;
            case IEnumerable<KeyValuePair<string, object?>> pairs: WriteObject(writer, pairs); break;
            case IEnumerable items: WriteArray(writer, items); break;
            case IFormattable formattable: writer.WriteStringValue(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    /// <summary>A finite double as a number; NaN and infinities (never produced by the statistics) as null.</summary>
    public static void Number(Utf8JsonWriter writer, double? value)
    {
        if (value is { } d && double.IsFinite(d)) writer.WriteNumberValue(d == 0 ? 0 : d); // no "-0"
        else writer.WriteNullValue();
    }

    private static void WriteObject(Utf8JsonWriter writer, IDictionary dictionary)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            Write(writer, entry.Value);
        }
        writer.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in pairs)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable items)
    {
        writer.WriteStartArray();
        foreach (var item in items) Write(writer, item);
        writer.WriteEndArray();
    }
}
