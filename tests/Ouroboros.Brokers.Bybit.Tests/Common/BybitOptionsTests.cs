using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Http;
using Ouroboros.Core.Errors;

namespace Ouroboros.Brokers.Bybit.Tests.Common;

public sealed class BybitOptionsTests
{
    [Theory]
    [InlineData(BybitEnvironment.Mainnet, "https://api.bybit.com")]
    [InlineData(BybitEnvironment.Testnet, "https://api-testnet.bybit.com")]
    [InlineData(BybitEnvironment.Demo, "https://api-demo.bybit.com")]
    public void Each_environment_has_its_own_host_unless_a_base_url_is_set(BybitEnvironment environment, string host)
    {
        new BybitOptions { Environment = environment }.EffectiveRestBaseUrl.ShouldBe(host);
        new BybitOptions { Environment = environment, RestBaseUrl = "http://127.0.0.1:1234/" }.EffectiveRestBaseUrl.ShouldBe("http://127.0.0.1:1234");
    }

    [Fact]
    public void Unusable_settings_are_all_named_at_once_with_the_variable_to_fix_and_no_secret()
    {
        var options = new BybitOptions { Environment = BybitEnvironment.Testnet, ApiSecret = "s3cr3t", RecvWindow = TimeSpan.Zero, RestBaseUrl = "ftp://x" };

        var error = Should.Throw<InvalidInputException>(() => new BybitClient(options, new HttpClient(), TimeProvider.System));

        error.Message.ShouldContain("BYBIT_API_KEY");
        error.Message.ShouldContain("BYBIT_RECV_WINDOW_MS");
        error.Message.ShouldContain("BYBIT_BASE_URL");
        error.Message.ShouldNotContain("s3cr3t");
        options.ToString().ShouldNotContain("s3cr3t");
    }

    [Fact]
    public void The_receive_window_is_sent_in_whole_milliseconds()
    {
        new BybitOptions { Environment = BybitEnvironment.Demo, RecvWindow = TimeSpan.FromSeconds(15) }.RecvWindowText.ShouldBe("15000");
    }
}
