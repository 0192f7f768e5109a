using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Orders;

/// <summary>Client order ids never repeat across sessions and restarts and fit the brokers' limits.</summary>
public sealed class ClientOrderIdGeneratorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    // Session starts anywhere from 1970 to about 2100, to the millisecond, with any discriminator.
    private static readonly Gen<(long Ms, int Discriminator)> Session =
        from ms in Gen.Choose(0, int.MaxValue).Select(x => (long)x * 1_000 + x % 1_000)
        from d in Gen.Choose(0, ClientOrderIdGenerator.DiscriminatorRange - 1)
        select (ms, d);

    private static bool IsValid(ClientOrderId id) =>
        id.Value.Length <= ClientOrderIdGenerator.MaxLength && id.Value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    [Fact]
    public void Backtests_keep_the_deterministic_six_digit_form() =>
        ClientOrderIdGenerator.Deterministic().Next().Value.ShouldBe("O-000001");

    [Fact]
    public void A_session_key_is_the_start_in_base36_milliseconds_and_a_four_digit_discriminator()
    {
        var key = ClientOrderIdGenerator.NewSessionKey(Start, 35);

        key.ShouldBe($"{ToBase36(Start.ToUnixTimeMilliseconds())}-000z");
        ClientOrderIdGenerator.ForSession(key).Next().Value.ShouldBe($"{key}-1");
    }

    [Fact]
    public void Ids_from_two_different_sessions_never_collide_and_stay_within_the_limit() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Session.ToArbitrary(), Session.ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (a, b, n) =>
        {
            if (a == b) return true;
            var first = ClientOrderIdGenerator.ForSession(ClientOrderIdGenerator.NewSessionKey(DateTimeOffset.FromUnixTimeMilliseconds(a.Ms), a.Discriminator));
            var second = ClientOrderIdGenerator.ForSession(ClientOrderIdGenerator.NewSessionKey(DateTimeOffset.FromUnixTimeMilliseconds(b.Ms), b.Discriminator));
            var ids = Enumerable.Range(0, n).Select(_ => first.Next()).Concat(Enumerable.Range(0, n).Select(_ => second.Next())).ToList();
            return ids.Distinct().Count() == 2 * n && ids.All(IsValid);
        }));

    [Fact]
    public void A_restart_resumes_after_the_highest_journaled_sequence_so_even_the_same_key_cannot_repeat_an_id() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Session.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (s, before, after) =>
        {
            var key = ClientOrderIdGenerator.NewSessionKey(DateTimeOffset.FromUnixTimeMilliseconds(s.Ms), s.Discriminator);
            var first = ClientOrderIdGenerator.ForSession(key);
            var journaled = Enumerable.Range(0, before).Select(_ => first.Next()).ToList();
            var restarted = ClientOrderIdGenerator.ForSession(key, ClientOrderIdGenerator.HighestSequence(journaled));
            var later = Enumerable.Range(0, after).Select(_ => restarted.Next()).ToList();
            return !later.Intersect(journaled).Any() && later.All(IsValid);
        }));

    [Fact]
    public void The_longest_possible_id_fits_the_36_character_limit()
    {
        var key = ClientOrderIdGenerator.NewSessionKey(DateTimeOffset.MaxValue, ClientOrderIdGenerator.DiscriminatorRange - 1);

        var id = ClientOrderIdGenerator.ForSession(key, long.MaxValue - 1).Next();

        id.Value.Length.ShouldBeLessThanOrEqualTo(ClientOrderIdGenerator.MaxLength);
    }

    [Fact]
    public void A_seeded_random_gives_a_reproducible_discriminator() =>
        ClientOrderIdGenerator.NewSessionKey(Start, new Random(7)).ShouldBe(ClientOrderIdGenerator.NewSessionKey(Start, new Random(7)));

    [Fact]
    public void Keys_with_characters_brokers_refuse_are_rejected() =>
        Should.Throw<ArgumentException>(() => ClientOrderIdGenerator.ForSession("bad_key"));

    private static string ToBase36(long value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var s = "";
        do
        {
            s = digits[(int)(value % 36)] + s;
            value /= 36;
        }
        while (value > 0);
        return s;
    }
}
