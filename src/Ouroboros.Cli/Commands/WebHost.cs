using Microsoft.AspNetCore.Builder;
using Ouroboros.Core.Errors;
using Ouroboros.Hosting;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Web;
using Ouroboros.Web.Security;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// Starts the web server over a journal for `serve` and for `run`'s dashboard, and says where it listens: the address
/// with the token when the token was made here (Jupyter's way), never the configured token.
/// </summary>
internal sealed class WebHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebHost(WebApplication app, Uri address, string? addressWithToken, string? tokenFile)
    {
        _app = app;
        Address = address;
        AddressWithToken = addressWithToken;
        TokenFile = tokenFile;
    }

    public Uri Address { get; }

    /// <summary>The address that opens it with the token kept here; null when the token is configured (Web:Token), which is never printed.</summary>
    public string? AddressWithToken { get; }

    /// <summary>Where a token made by this start is kept; null when it was configured or made before.</summary>
    public string? TokenFile { get; }

    /// <summary>How to open it, in words: the address with the kept token, or how to use the configured one.</summary>
    public string OpenLine => AddressWithToken is { } open
        ? $"open {open}{(TokenFile is { } file ? $" (a new token, kept in {file})" : "")}"
        : "use the token configured in Web:Token (header Authorization: Bearer <token>, or open the address with ?token=<token>)";

    /// <summary>The started server; a port that cannot be listened on is bad input naming it.</summary>
    public static async Task<WebHost> StartAsync(OuroborosOptions options, SqliteStoreOptions store, CancellationToken cancellationToken)
    {
        var token = AccessToken.Resolve(options.Web, store.Path);
        var app = WebServer.Build(new WebServerSetup(options, store, token) { Logging = Composition.ConsoleWarnings });
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new InvalidInputException("port", $"cannot listen on {options.Web.Host}:{options.Web.Port} ({e.Message.TrimEnd('.')}); choose another «port» or stop what uses it", e);
        }
        var address = WebServer.Addresses(app)[0];
        return options.Web.Token is null
            ? new WebHost(app, address, token.AddressWithToken(address), token.Created ? token.File : null)
            : new WebHost(app, address, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
