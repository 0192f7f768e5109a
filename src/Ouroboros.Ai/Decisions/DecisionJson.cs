using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ouroboros.Ai.Decisions;

/// <summary>
/// A decision as compact JSON: <c>action</c> (upper case), <c>confidence</c>, <c>rationale</c>, <c>valid</c> and
/// <c>reason</c> always; <c>size</c>, <c>take_profit</c>, <c>stop_loss</c> and <c>horizon</c> when present. Levels are a
/// number for a price and a string such as <c>"3%"</c> for a percentage.
/// </summary>
public static class DecisionJson
{
    // Rationales in any language stay readable; the output is for terminals, logs and scripts, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(LlmDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("action", decision.Action.ToString().ToUpperInvariant());
            w.WriteNumber("confidence", decision.Confidence);
            w.WriteString("rationale", decision.Rationale);
            w.WriteBoolean("valid", decision.Valid);
            if (decision.Reason is null) w.WriteNull("reason");
            else w.WriteString("reason", decision.Reason);
            if (decision.Size is { } size) w.WriteNumber("size", size);
            WriteLevel(w, "take_profit", decision.TakeProfit);
            WriteLevel(w, "stop_loss", decision.StopLoss);
            if (decision.Horizon is { } horizon) w.WriteString("horizon", horizon);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteLevel(Utf8JsonWriter w, string name, PriceLevel? level)
    {
        if (level is not { } l) return;
        if (l.Kind == PriceLevelKind.Percent) w.WriteString(name, l.ToString());
        else w.WriteNumber(name, l.Value);
    }
}
