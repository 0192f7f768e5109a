using Ouroboros.Core.Errors;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// `run`'s dashboard: the web server over the agent's journal in the agent's process. It never stops the agent from
/// trading: a port in use or an open bind without a token is said on the banner, and the agent runs without it.
/// </summary>
internal static class Dashboard
{
    public static async Task<WebHost?> StartAsync(OuroborosOptions options, SqliteStoreOptions store, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            var web = await WebHost.StartAsync(options, store, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(web.AddressWithToken is { } open
                ? $"  dashboard  {open}{(web.TokenFile is { } file ? $" (a new token, kept in {file})" : "")}"
                : $"  dashboard  {web.Address} ({web.OpenLine})").ConfigureAwait(false);
            return web;
        }
        catch (Exception e) when (e is UserException or ConfigurationException)
        {
            var why = e is UserException user ? user.Describe(name => name == "port" ? "Web:Port" : name) : e.Message;
            await output.WriteLineAsync($"  dashboard  not started: {why}; the agent runs without it (`run --no-dashboard` to not try)").ConfigureAwait(false);
            return null;
        }
    }
}
