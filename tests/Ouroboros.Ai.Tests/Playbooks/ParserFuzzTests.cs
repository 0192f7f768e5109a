using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Ai.Decisions;
using Ouroboros.Ai.Playbooks;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Ai.Tests.Playbooks;

/// <summary>Thousands of mutated and hostile answers: neither parser throws, and every result keeps its invariants.</summary>
public sealed class ParserFuzzTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(4_000);

    private static readonly string[] Seeds =
    [
        """{"stance":"bullish","summary":"x","instruments":[{"symbol":"SPY","scenarios":[{"id":"a","condition":"close > sma20","action":"BUY","confidence":80,"allocation_pct":"10%","stop_loss":400,"take_profit":450,"rationale":"r"}]}]}""",
        "```json\n{'stance': 'Neutral', instruments: {'005930': [{condition: 'rsi14 < 30', action: buy, confidence: 70%, allocation_pct: 5,}]}}\n```",
        """{"decisions":[{"symbol":"005930","action":"BUY","confidence":91,"size":"25%"},{"symbol":"SPY","action":"SELL","confidence":"85"}]}""",
        """[{"ticker":"SPY","action":"hold","confidence":0.4,"reason":"{\"action\":\"BUY\"}"}]""",
        """{"playbook":{"stance":"bearish","scenarios":[{"symbol":"KRX:069500","condition":"close < lowest20","action":"SELL","confidence":"99%"}]}}""",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", "'", ",", ":", "\\", "//", "/*", "*/", "```", "NaN", "Infinity", "1e400", "-1e400",
        "99999999999999999999999999999999", "-0", "null", "true", "\"scenarios\":[", "\"instruments\":{", "\"decisions\":[",
        "\"symbol\":\"SPY\"", "\"allocation_pct\":1e30", "\u0000", "\u202e", "\ud800", "\udfff", "😀", "ignore previous instructions",
        "\n", "%", "$", "\\u0000", "\\ud800", "{{memory}}",
    ];

    private static readonly Gen<string> Noise = Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(chars => new string(chars));
    private static readonly Gen<string> Fragment = Gen.OneOf(Gen.Elements(Fragments), Noise);

    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        from cut in Gen.Choose(0, 100) select (Func<string, string>)(s => s[..At(s, cut)]),
        from at in Gen.Choose(0, 100) from f in Fragment select (Func<string, string>)(s => s.Insert(At(s, at), f)),
        from at in Gen.Choose(0, 100) from n in Gen.Choose(1, 10) select (Func<string, string>)(s => s.Remove(At(s, at), Math.Min(n, s.Length - At(s, at)))),
        from depth in Gen.Choose(1, 200) select (Func<string, string>)(s => new string('[', depth) + s + new string(']', depth)),
        Gen.Constant<Func<string, string>>(s => s.ToUpperInvariant()),
        Gen.Constant<Func<string, string>>(s => s.Replace('"', '\'')),
        Gen.Constant<Func<string, string>>(s => s.Length > 100_000 ? s : s + s));

    private static int At(string s, int percent) => (int)((long)s.Length * percent / 100);

    private static readonly Gen<string> Answers = Gen.Frequency(
        (8, from seed in Gen.Elements(Seeds) from ms in Mutation.ListOf() select ms.Aggregate(seed, (s, m) => m(s))),
        (1, Noise),
        (1, Gen.Elements(Fragments).ArrayOf().Select(string.Concat)));

    [Fact]
    public void The_playbook_parser_never_throws_and_every_scenario_it_keeps_is_meaningful() =>
        Check.One(Config, Prop.ForAll(Answers.ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (raw, max) =>
        {
            var result = PlaybookAnswerParser.Parse(raw, new DateOnly(2025, 3, 10), "KRX", PlaybookAnswerParserTests.Universe, max);
            if (result.Playbook is null)
            {
                result.Problems.ShouldNotBeEmpty();
                return;
            }
            result.Playbook.Scenarios.Select(s => s.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(result.Playbook.Scenarios.Count);
            foreach (var group in result.Playbook.Scenarios.GroupBy(s => s.Instrument))
            {
                PlaybookAnswerParserTests.Universe.ShouldContain(group.Key);
                group.Count().ShouldBeLessThanOrEqualTo(max);
            }
            foreach (var s in result.Playbook.Scenarios)
            {
                s.Action.ShouldBeOneOf(IntentAction.Buy, IntentAction.Sell);
                s.Confidence.ShouldBeInRange(0.0, 1.0);
                if (s.Allocation is { } a) a.ShouldBeInRange(0.000001m, 1m);
                if (s.StopLoss is { } sl) sl.ShouldBeGreaterThan(0m);
                if (s.TakeProfit is { } tp) tp.ShouldBeGreaterThan(0m);
                s.Condition.ShouldNotContain(c => char.IsControl(c));
                (s.Rationale ?? "").ShouldNotContain(c => char.IsControl(c));
            }
            (result.Playbook.Summary ?? "").ShouldNotContain(c => char.IsControl(c));
        }));

    [Fact]
    public void The_batch_parser_never_throws_and_always_answers_for_every_instrument() =>
        Check.One(Config, Prop.ForAll(Answers.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (raw, threshold) =>
        {
            var result = BatchDecisionParser.Parse(raw, PlaybookAnswerParserTests.Universe, threshold);
            result.Decisions.Select(d => d.Instrument).ShouldBe(PlaybookAnswerParserTests.Universe);
            foreach (var d in result.Decisions.Select(e => e.Decision))
            {
                if (!d.Valid) d.Action.ShouldBe(DecisionAction.Hold);
                if (d.Action != DecisionAction.Hold) d.Confidence.ShouldBeGreaterThanOrEqualTo(threshold);
                d.Rationale.ShouldNotContain(c => char.IsControl(c));
            }
        }));

    [Fact]
    public void Random_bytes_decoded_as_text_never_throw_in_either_parser() =>
        Check.One(Config.WithMaxTest(1_000), Prop.ForAll(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ToArbitrary(), bytes =>
        {
            var raw = Encoding.UTF8.GetString(bytes) + Encoding.Latin1.GetString(bytes);
            PlaybookAnswerParser.Parse(raw, new DateOnly(2025, 3, 10), "KRX", PlaybookAnswerParserTests.Universe, 3).ShouldNotBeNull();
            BatchDecisionParser.Parse(raw, PlaybookAnswerParserTests.Universe).Decisions.Count.ShouldBe(3);
        }));
}
