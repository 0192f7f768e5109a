using System.Security.Cryptography;
using System.Text;
using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.Tests.Common;

public sealed class KisVocabularyTests
{
    [Theory]
    [InlineData("TTTC8434R", "VTTC8434R")]
    [InlineData("CTRP6504R", "VTRP6504R")]
    [InlineData("JTTT1234U", "VTTT1234U")]
    [InlineData("TTTC0012U", "VTTC0012U")]
    [InlineData("FHKST01010100", "FHKST01010100")]
    [InlineData("HHDFS00000300", "HHDFS00000300")]
    [InlineData("FHPST01710000", "FHPST01710000")]
    [InlineData("TTTT1006U", "VTTT1001U")]
    public void Vts_tr_ids_follow_the_prefix_rule_and_its_exceptions(string real, string vts)
    {
        KisTrIds.For(real, KisEnvironment.Real).ShouldBe(real);
        KisTrIds.For(real, KisEnvironment.Vts).ShouldBe(vts);
    }

    [Theory]
    [InlineData("NASD", "TTTT1002U", "TTTT1006U")]
    [InlineData("SEHK", "TTTS1002U", "TTTS1001U")]
    [InlineData("SHAA", "TTTS0202U", "TTTS1005U")]
    [InlineData("SZAA", "TTTS0305U", "TTTS0304U")]
    [InlineData("TKSE", "TTTS0308U", "TTTS0307U")]
    [InlineData("VNSE", "TTTS0311U", "TTTS0310U")]
    [InlineData("HASE", "TTTS0311U", "TTTS0310U")]
    public void Each_overseas_market_has_its_own_order_trs(string orderCode, string buy, string sell) =>
        KisTrIds.OverseasOrder(KisExchange.FromCode(orderCode)!).ShouldBe((buy, sell));

    [Fact]
    public void The_key_fingerprint_is_the_first_16_hex_characters_of_the_sha256_of_the_key()
    {
        const string key = "PSabcdefghijklmnopqrstuvwxyz01234567";
        var fingerprint = KisKeyFingerprint.Of(key);
        fingerprint.Length.ShouldBe(16);
        fingerprint.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]);
        fingerprint.ShouldNotBe(KisKeyFingerprint.Of(key + "x"));
        fingerprint.ShouldNotContain("PS");
    }

    [Theory]
    [InlineData("71500.0000", "71500")]
    [InlineData(" 12 ", "12")]
    [InlineData("-0.14", "-0.14")]
    [InlineData("+3", "3")]
    [InlineData("0.00000000", "0")]
    [InlineData("151.250000", "151.25")]
    public void Numbers_are_parsed_from_their_strings_with_the_invariant_culture(string text, string expected) =>
        KisNumbers.Parse(text, "f").ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_number_is_unknown_never_zero(string? text) => KisNumbers.Parse(text, "f").ShouldBeNull();

    [Theory]
    [InlineData("1,000")]
    [InlineData("abc")]
    [InlineData("1e5")]
    public void Text_that_is_not_a_number_is_a_broken_response(string text) =>
        Should.Throw<KisFormatException>(() => KisNumbers.Parse(text, "stck_prpr")).Message.ShouldContain("stck_prpr");

    [Fact]
    public void Request_numbers_are_written_without_exponent_or_trailing_zeros()
    {
        KisNumbers.Format(145.00m).ShouldBe("145");
        KisNumbers.Format(0.5m).ShouldBe("0.5");
        KisNumbers.Format(70000m).ShouldBe("70000");
    }

    [Fact]
    public void Options_never_show_the_key_or_secret()
    {
        var options = new KisOptions { Environment = KisEnvironment.Real, AppKey = "PS-the-key-itself", AppSecret = "the-secret-itself", AccountNumber = "12345678" };
        options.ToString().ShouldNotContain("the-key-itself");
        options.ToString().ShouldNotContain("the-secret-itself");
        options.ToString().ShouldContain("12345678");
    }
}
