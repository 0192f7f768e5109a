using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Ports;

namespace Ouroboros.Storage.Sqlite.Tests.Support;

/// <summary>Sane LLM call records: tokens null or 0..10^7, costs null or up to 12 decimals in [0, 1000], real-looking text.</summary>
public static class LlmGenerators
{
    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, 13).Select(n => (long)Math.Pow(10, n))];

    private static readonly Gen<string> Text =
        from chars in Gen.ArrayOf(Gen.Elements("abcXYZ09 -_.:/\"'\\{}[]한국어✓é\n\t".ToCharArray()))
        select new string(chars);

    private static readonly Gen<int?> Tokens = Gen.Frequency(
        (1, Gen.Constant<int?>(null)),
        (4, Gen.Choose(0, 10_000_000).Select(n => (int?)n)));

    // whole part and fraction digits chosen separately so every scale 0..12 is reached; 1000 itself is included.
    private static readonly Gen<decimal> CostValue =
        from scale in Gen.Choose(0, 12)
        from whole in Gen.Choose(0, 1000)
        from hi in Gen.Choose(0, 999_999)
        from lo in Gen.Choose(0, 999_999)
        let fraction = whole == 1000 ? 0L : ((hi * 1_000_000L) + lo) % PowersOfTen[scale]
        let units = (whole * PowersOfTen[scale]) + fraction
        select new decimal((int)(units & 0xFFFFFFFF), (int)(units >> 32), 0, false, (byte)scale);

    private static readonly Gen<decimal?> Cost = Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (4, CostValue.Select(c => (decimal?)c)));

    // 2000-01-01 .. ~2100, any tick, any whole-minute offset within ±14 h.
    private static readonly Gen<DateTimeOffset> Time =
        from seconds in Gen.Choose(0, int.MaxValue)
        from ticks in Gen.Choose(0, 9_999_999)
        from minutes in Gen.Choose(-14 * 60, 14 * 60)
        select new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds * 1.5).AddTicks(ticks).ToOffset(TimeSpan.FromMinutes(minutes));

    private static readonly Gen<double> Latency = Gen.Frequency(
        (4, Gen.Choose(0, 600_000_000).Select(n => n / 1000.0)),
        (1, Gen.Elements(0.0, double.Epsilon, 0.1, 1e-300, 123456.789012345, double.MaxValue)));

    public static readonly Gen<LlmCallRecord> Call =
        from time in Time
        from task in Text
        from provider in Gen.Elements("anthropic", "openai", "gemini", "local")
        from model in Text
        from hash in Text
        from tokensIn in Tokens
        from tokensOut in Tokens
        from cost in Cost
        from latency in Latency
        from outcome in Gen.Elements("ok", "cache-hit", "rate-limited", "server-error", "timeout", "malformed", "budget-spent")
        from cacheHit in Gen.Elements(true, false)
        from error in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Text.Select(t => (string?)t)))
        select new LlmCallRecord(time, task, provider, model, hash, tokensIn, tokensOut, cost, latency, outcome, cacheHit, error);
}
