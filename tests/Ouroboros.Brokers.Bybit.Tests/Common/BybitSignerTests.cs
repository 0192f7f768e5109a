using Ouroboros.Brokers.Bybit.Common;

namespace Ouroboros.Brokers.Bybit.Tests.Common;

/// <summary>The signing vectors of external-apis.md §1.2 (checked there with Python hmac and openssl).</summary>
public sealed class BybitSignerTests
{
    [Fact]
    public void A_GET_is_signed_over_timestamp_key_window_and_the_exact_query_string()
    {
        BybitSigner.Sign("test-secret-DO-NOT-USE", "1700000000000", "test-api-key", "5000", "category=linear&symbol=BTCUSDT&interval=60&limit=3")
            .ShouldBe("ed96a9e481912579d7b4f25fdd3308144f1221f3009cb70add9b947887ab462b");
    }

    [Fact]
    public void A_POST_is_signed_over_timestamp_key_window_and_the_exact_body()
    {
        const string body = "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.001\",\"orderLinkId\":\"t-001\"}";
        BybitSigner.Sign("test-secret-DO-NOT-USE", "1700000000000", "test-api-key", "5000", body)
            .ShouldBe("ad492d50fea1190a7a63684249feded35660f82ba0415a3f2bddf72df9698d02");
    }

    [Fact]
    public void Reordering_the_query_changes_the_signature_so_what_is_signed_must_be_what_is_sent()
    {
        BybitSigner.Sign("s", "1", "k", "5000", "a=1&b=2").ShouldNotBe(BybitSigner.Sign("s", "1", "k", "5000", "b=2&a=1"));
    }
}
