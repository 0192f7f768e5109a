using Ouroboros.Hosting.Configuration;
using Ouroboros.TestKit;
using Ouroboros.Web.Security;

namespace Ouroboros.Web.Tests;

/// <summary>Where the token comes from: configured, or made once on loopback and kept next to the journal; never shown by accident.</summary>
public sealed class AccessTokenTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.20")]
    [InlineData("::")]
    public void A_non_loopback_bind_without_a_configured_token_is_refused_with_how_to_fix_it(string host)
    {
        using var tmp = new TempDirectory();
        var error = Should.Throw<ConfigurationException>(() => AccessToken.Resolve(new WebOptions(host, 8080, null), tmp.File("journal.db")));
        error.Message.ShouldContain("Web:Token");
        error.Message.ShouldContain(host);
        Directory.Exists(tmp.File(".ouroboros")).ShouldBeFalse("nothing is written for a refused start");
    }

    [Fact]
    public void A_non_loopback_bind_with_a_configured_token_uses_it_and_writes_no_file()
    {
        using var tmp = new TempDirectory();
        var token = AccessToken.Resolve(new WebOptions("0.0.0.0", 8080, "configured-token-0123456789"), tmp.File("journal.db"));
        token.Matches("configured-token-0123456789").ShouldBeTrue();
        token.Matches("configured-token-012345678").ShouldBeFalse();
        token.File.ShouldBeNull();
        Directory.Exists(tmp.File(".ouroboros")).ShouldBeFalse();
    }

    [Fact]
    public void On_loopback_a_token_is_made_once_kept_readable_only_by_its_owner_and_reused()
    {
        using var tmp = new TempDirectory();
        var first = AccessToken.Resolve(WebOptions.Defaults, tmp.File("journal.db"));
        first.Created.ShouldBeTrue();
        first.File.ShouldBe(Path.Combine(tmp.Path, ".ouroboros", AccessToken.FileName));
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(first.File!).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var kept = File.ReadAllText(first.File!).Trim();
        kept.Length.ShouldBeGreaterThanOrEqualTo(40);

        var second = AccessToken.Resolve(WebOptions.Defaults, tmp.File("journal.db"));
        second.Created.ShouldBeFalse();
        second.Matches(kept).ShouldBeTrue();
        second.SessionCookieValue.ShouldBe(first.SessionCookieValue);
        second.SessionCookieValue.ShouldNotContain(kept);
    }

    [Fact]
    public void The_default_journal_folder_is_the_state_folder()
    {
        using var tmp = new TempDirectory();
        var token = AccessToken.Resolve(WebOptions.Defaults, Path.Combine(tmp.Path, ".ouroboros", "ouroboros.db"));
        token.File.ShouldBe(Path.Combine(tmp.Path, ".ouroboros", AccessToken.FileName));
    }

    [Fact]
    public void Printing_the_token_or_the_options_shows_no_secret()
    {
        var token = AccessToken.Of("printed-nowhere-0123456789");
        token.ToString().ShouldNotContain("printed-nowhere");
        new WebOptions("127.0.0.1", 8080, "printed-nowhere-0123456789").ToString().ShouldNotContain("printed-nowhere");
        token.AddressWithToken(new Uri("http://127.0.0.1:8080/")).ShouldBe("http://127.0.0.1:8080/?token=printed-nowhere-0123456789");
    }
}
