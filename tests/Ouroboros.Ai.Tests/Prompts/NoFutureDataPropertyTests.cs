using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Ai.Prompts;
using Ouroboros.Domain.Bars;
using static Ouroboros.Ai.Tests.Prompts.PromptTestData;

namespace Ouroboros.Ai.Tests.Prompts;

/// <summary>
/// Every bar that closes after AsOf carries sentinel prices and volume; no prompt of any kind may show a sentinel or a
/// timestamp after AsOf, whatever the series and AsOf.
/// </summary>
public sealed partial class NoFutureDataPropertyTests
{
    private const decimal SentinelPrice = 987654.321m;
    private const decimal SentinelVolume = 13579246.8m;

    [Fact]
    public void No_prompt_kind_ever_shows_a_bar_or_timestamp_from_after_as_of() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Cases.ToArbitrary(), c =>
            {
                var (days, quarters, seed, asOfPercent) = c;
                var dayStart = Utc(2024, 1, 1);
                var cryptoStart = Utc(2024, 6, 1, 0, 0).AddMinutes(15 * (seed % 7));
                var stockEnd = dayStart.AddDays(days);
                var cryptoEnd = cryptoStart.AddMinutes(15 * quarters);
                var asOf = PickAsOf(stockEnd, cryptoEnd, asOfPercent, seed);

                var stock = Sentinelled(Walk(dayStart, TimeSpan.FromDays(1), days, seed), TimeSpan.FromDays(1), asOf);
                var crypto = Sentinelled(Walk(cryptoStart, TimeSpan.FromMinutes(15), quarters, seed + 1), TimeSpan.FromMinutes(15), asOf);
                foreach (var (market, instrument, bars, length) in new[]
                {
                    ("KRX", Samsung, stock, TimeSpan.FromDays(1)),
                    ("CRYPTO", Bitcoin, crypto, TimeSpan.FromMinutes(15)),
                })
                {
                    var context = PromptContextBuilder.Build(market, asOf,
                        [new PromptInstrument(instrument, bars, length, Quantity: 2m, AverageCost: 90m)],
                        ["max position 15%"], ["lesson one"], ["momentum pick"]);
                    foreach (var kind in PromptKinds.All)
                    {
                        var prompt = new PromptComposer().Build(kind, context, new PromptSettings { Budget = 100_000 });
                        AssertNothingAfter(prompt.System + "\n" + prompt.User, asOf, context.LocalTime);
                    }
                }
            }));

    private static readonly Gen<(int Days, int Quarters, int Seed, int AsOfPercent)> Cases =
        from days in Gen.Choose(1, 400)
        from quarters in Gen.Choose(1, 1_500)
        from seed in Gen.Choose(0, 10_000)
        from percent in Gen.Choose(0, 100)
        select (days, quarters, seed, percent);

    private static DateTimeOffset PickAsOf(DateTimeOffset stockEnd, DateTimeOffset cryptoEnd, int percent, int seed)
    {
        var from = Utc(2024, 1, 1);
        var to = stockEnd > cryptoEnd ? stockEnd : cryptoEnd;
        var asOf = from + ((to - from + TimeSpan.FromDays(2)) * (percent / 100.0));
        // Sometimes exactly on a bar boundary, where an off-by-one would leak the bar that closes at AsOf's instant.
        return seed % 3 == 0 ? new DateTimeOffset(asOf.UtcTicks - (asOf.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero) : asOf;
    }

    private static Bar[] Sentinelled(Bar[] bars, TimeSpan length, DateTimeOffset asOf) =>
        [.. bars.Select(b => b.Time + length > asOf ? new Bar(b.Time, SentinelPrice, SentinelPrice, SentinelPrice, SentinelPrice, SentinelVolume) : b)];

    private static void AssertNothingAfter(string text, DateTimeOffset asOf, string localTime)
    {
        text.ShouldNotContain("987654");
        text.ShouldNotContain("13579246");
        var localDate = DateOnly.ParseExact(localTime[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var latestDate = DateOnly.FromDateTime(asOf.UtcDateTime) > localDate ? DateOnly.FromDateTime(asOf.UtcDateTime) : localDate;
        foreach (Match m in Stamp().Matches(text))
        {
            if (m.Groups["time"].Success)
            {
                var t = DateTimeOffset.Parse(m.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                t.ShouldBeLessThanOrEqualTo(asOf, m.Value);
            }
            else DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(latestDate, m.Value);
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}(?<time>T\d{2}:\d{2}(:\d{2})?Z)?")]
    private static partial Regex Stamp();
}
