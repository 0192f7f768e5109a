using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Hosting;
using Ouroboros.MarketData;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli;

/// <summary>Options every command accepts: where configuration and the journal are; and the services they select.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "JSON config file (default: ./ouroboros.json when present)", Recursive = true };
    public Option<string?> EnvFile { get; } = new("--env-file") { Description = ".env file (default: ./.env when present)", Recursive = true };
    public Option<string?> Database { get; } = new("--db") { Description = "SQLite journal file (default: Storage:Path, .ouroboros/ouroboros.db)", Recursive = true };

    public void AddTo(Command root)
    {
        root.Add(Config);
        root.Add(EnvFile);
        root.Add(Database);
    }

    public OuroborosOptions LoadOptions(ParseResult parse) =>
        OuroborosConfiguration.Load(Directory.GetCurrentDirectory(), parse.GetValue(Config), parse.GetValue(EnvFile));

    public SqliteStoreOptions StoreOptions(ParseResult parse, OuroborosOptions options) =>
        new() { Path = parse.GetValue(Database) ?? options.StoragePath };

    /// <summary>The services for one command, from the configuration (loaded here, every problem listed at once).</summary>
    public ServiceProvider Services(ParseResult parse) => Services(parse, LoadOptions(parse));

    public ServiceProvider Services(ParseResult parse, OuroborosOptions options) =>
        Composition.Build(options, StoreOptions(parse, options), Composition.ConsoleWarnings);

    /// <summary>The running agent's services: its logs go to stderr and to rolling files next to the journal, secrets masked.</summary>
    public ServiceProvider AgentServices(ParseResult parse, OuroborosOptions options)
    {
        var store = StoreOptions(parse, options);
        var located = options with { StoragePath = store.Path };
        return Composition.Build(options, store, builder => Hosting.Logging.AgentLogging.Configure(builder, located));
    }

    public static MarketDataLoader Loader(OuroborosOptions options) => Composition.Loader(options);
}
