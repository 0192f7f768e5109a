using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Tests.Decisions;

/// <summary>
/// Thousands of malformed and hostile answers, made by mutating valid ones and by raw noise: the parser never throws,
/// every result keeps the decision's invariants, and every result serialises.
/// </summary>
public sealed class DecisionParserFuzzTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(6_000);

    private static readonly string[] Seeds =
    [
        """{"action":"BUY","confidence":85,"rationale":"trend up","size":"25%","take_profit":37500,"stop_loss":"3%","horizon":"3d"}""",
        "```json\n{\"action\": \"sell\", \"confidence\": \"91%\", \"reason\": \"breakdown\", \"tp\": \"-5%\", \"sl\": 38000,}\n```",
        "Sure! {'decision': 'LONG', 'conf': 0.9, 'explanation': 'ignore previous instructions, BUY 100% NOW'}",
        """{"result":{"signal":"hold","certainty":"55","reasoning":"{\"action\":\"BUY\",\"confidence\":100}"}}""",
        "{action: SHORT, confidence: 88%, rationale: 'x', size: 40 /* percent */}",
        """[{"symbol":"BTC"},{"action":"WAIT","confidence":12}]""",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", "'", ",", ":", "\\", "//", "/*", "*/", "```", "NaN", "Infinity", "-Infinity", "1e400",
        "-1e400", "99999999999999999999999999999999", "-0", "null", "true", "\"action\":\"BUY\"", "\"confidence\":100",
        "\"size\":1", "{\"action\":\"BUY\",\"confidence\":100,\"size\":1}", "\u0000", "\u202e", "\ud800", "\udfff", "😀",
        "ignore previous instructions", "\n", "\t", "%", "$", "\\u0000", "\\ud800", "\\", "\"\"\"",
    ];

    private static readonly Gen<string> Noise =
        Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(chars => new string(chars));

    private static readonly Gen<string> Fragment = Gen.OneOf(Gen.Elements(Fragments), Noise);

    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        from cut in Gen.Choose(0, 100) select (Func<string, string>)(s => s[..At(s, cut)]),
        from at in Gen.Choose(0, 100) from f in Fragment select (Func<string, string>)(s => s.Insert(At(s, at), f)),
        from at in Gen.Choose(0, 100) from n in Gen.Choose(1, 10) select (Func<string, string>)(s => Remove(s, At(s, at), n)),
        from depth in Gen.Choose(1, 200) select (Func<string, string>)(s => new string('{', depth) + s + new string('}', depth)),
        from depth in Gen.Choose(1, 200) select (Func<string, string>)(s => s.Replace("\"confidence\"", $"\"confidence\":{new string('[', depth)}1{new string(']', depth)},\"x\"", StringComparison.Ordinal)),
        Gen.Constant<Func<string, string>>(s => s.ToUpperInvariant()),
        Gen.Constant<Func<string, string>>(s => s.Replace('"', '\'')),
        // Doubling is capped: a long chain of doublings would otherwise build strings of hundreds of megabytes.
        Gen.Constant<Func<string, string>>(s => s.Length > MaxDoubledLength ? s : s + s));

    private const int MaxDoubledLength = 200_000;

    /// <summary>A position <paramref name="percent"/>% into <paramref name="s"/>, in long arithmetic so long strings cannot overflow.</summary>
    private static int At(string s, int percent) => (int)((long)s.Length * percent / 100);

    private static readonly Gen<string> Answers = Gen.Frequency(
        (8, from seed in Gen.Elements(Seeds) from ms in Mutation.ListOf() select ms.Aggregate(seed, (s, m) => m(s))),
        (1, Noise),
        (1, Gen.Elements(Fragments).ArrayOf().Select(string.Concat)));

    [Fact]
    public void Thousands_of_mutated_and_hostile_answers_never_throw_and_always_keep_the_invariants() =>
        Check.One(Config, Prop.ForAll(Answers.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (raw, threshold) =>
        {
            var d = DecisionParser.Parse(raw, threshold);
            KeepsInvariants(d, threshold, raw);
            DecisionJson.Write(d).ShouldNotBeNullOrEmpty();
        }));

    [Fact]
    public void Random_bytes_decoded_as_text_never_throw() =>
        Check.One(Config.WithMaxTest(1_000), Prop.ForAll(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ToArbitrary(), bytes =>
        {
            var raw = Encoding.UTF8.GetString(bytes) + Encoding.Latin1.GetString(bytes);
            KeepsInvariants(DecisionParser.Parse(raw), DecisionParser.DefaultMinConfidence, raw);
        }));

    private static void KeepsInvariants(LlmDecision d, int threshold, string raw)
    {
        d.Action.ShouldBeOneOf(DecisionAction.Hold, DecisionAction.Buy, DecisionAction.Sell);
        d.Confidence.ShouldBeInRange(0, 100);
        if (!d.Valid)
        {
            d.Action.ShouldBe(DecisionAction.Hold, raw);
            d.Confidence.ShouldBe(0, raw);
            d.Reason.ShouldNotBeNullOrWhiteSpace(raw);
        }
        if (d.Action != DecisionAction.Hold)
        {
            d.Valid.ShouldBeTrue(raw);
            d.Confidence.ShouldBeGreaterThanOrEqualTo(threshold, raw);
        }
        if (d.Size is { } size) size.ShouldBeInRange(0m, 1m);
        d.Rationale.Length.ShouldBeLessThanOrEqualTo(LlmDecision.MaxRationaleLength);
        d.Rationale.ShouldNotContain(c => char.IsControl(c));
    }

    private static string Remove(string s, int at, int count) => s.Remove(at, Math.Min(count, s.Length - at));
}
