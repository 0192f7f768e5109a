using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Hosting;
using Ouroboros.MarketData;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli;

/// <summary>
/// Where configuration and the journal are, and the services they select. Only commands that read them offer them:
/// `markets`, `strategies`, `data check` and `llm parse-decision` need neither, so their help does not list them.
/// </summary>
public sealed class GlobalOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = $"JSON config file (default: ./{OuroborosConfiguration.DefaultConfigFile} when present)" };
    public Option<string?> EnvFile { get; } = new("--env-file") { Description = ".env file (default: ./.env when present)" };
    public Option<string?> Database { get; } = new("--db") { Description = $"SQLite journal file (default Storage:Path, {Settings.Find("Storage:Path")!.Default})" };

    /// <summary>For a command that reads configuration but never the journal.</summary>
    public T WithConfiguration<T>(T command) where T : Command
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Config);
        command.Add(EnvFile);
        return command;
    }

    /// <summary>For a command that reads configuration and the journal.</summary>
    public T WithJournal<T>(T command) where T : Command
    {
        WithConfiguration(command);
        command.Add(Database);
        return command;
    }

    public OuroborosOptions LoadOptions(ParseResult parse) =>
        OuroborosConfiguration.Load(Directory.GetCurrentDirectory(), Value(parse, Config), Value(parse, EnvFile));

    /// <summary>
    /// What configuration can be read, never failing: for the safety commands (halt, kill, resume), which need only the
    /// journal's location. Every problem is returned to be shown as a warning.
    /// </summary>
    public ReadableConfiguration LoadReadableOptions(ParseResult parse) =>
        OuroborosConfiguration.LoadReadable(Directory.GetCurrentDirectory(), Value(parse, Config), Value(parse, EnvFile));

    public SqliteStoreOptions StoreOptions(ParseResult parse, OuroborosOptions options) =>
        new() { Path = Value(parse, Database) ?? options.StoragePath };

    /// <summary>The journal named by --db, if the command offers --db and it was given.</summary>
    public string? DatabaseGiven(ParseResult parse) => Value(parse, Database);

    /// <summary>An option's value when this command offers it; commands that ignore an option do not offer it.</summary>
    private static string? Value(ParseResult parse, Option<string?> option) =>
        parse.CommandResult.Command.Options.Contains(option) ? parse.GetValue(option) : null;

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
