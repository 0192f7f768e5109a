using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ouroboros.Application;
using Ouroboros.Application.Agents;
using Ouroboros.Application.Backtests;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Venues;
using Ouroboros.Hosting;
using Ouroboros.Hosting.Agents;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>
/// The application wired as <c>ouroboros run</c> wires it (<see cref="Composition"/> with the default settings: paper
/// broker, no LLM provider so the playbook's planner is the rules engine), over a fresh SQLite journal in its own temp
/// directory, so every measured run starts from an empty session. Requests are built from the same Agent:* defaults as
/// the CLI's; the replay starts at a given date (earlier bars warm the strategy up).
/// </summary>
public sealed class AgentBenchHost : IAsyncDisposable
{
    private readonly string _dir;
    private readonly ServiceProvider _services;
    private readonly OuroborosOptions _options;

    public AgentBenchHost(string repoRoot)
    {
        _dir = Path.Combine(Path.GetTempPath(), $"ouroboros-agent-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dir);
        var defaults = OuroborosOptions.Defaults;
        _options = defaults with
        {
            StoragePath = Path.Combine(_dir, "journal.db"),
            CacheDirectory = Path.Combine(_dir, "cache"),
            UseCache = false,
            VixFile = Path.Combine(repoRoot, defaults.VixFile),
        };
        _services = Composition.Build(_options, new SqliteStoreOptions { Path = _options.StoragePath });
        RepoRoot = repoRoot;
    }

    public string RepoRoot { get; }

    public string DatabasePath => _options.StoragePath;

    public BacktestPreparation Preparation => _services.GetRequiredService<BacktestPreparation>();

    public IJournal Journal => _services.GetRequiredService<IJournal>();

    public ILoggerFactory Loggers => _services.GetRequiredService<ILoggerFactory>();

    public TimeProvider Clock => _services.GetRequiredService<TimeProvider>();

    /// <summary>The use case with the journal timed and <paramref name="probe"/> as its crash points.</summary>
    public RunAgent RunAgent(SendLatencyProbe probe) => new(Preparation, new TimedJournal(Journal, probe), Clock, probe, Loggers);

    /// <summary>
    /// Runs a prepared launch as <c>ouroboros run</c> does, notifications journaled through the same dispatcher: the
    /// milliseconds of <c>AgentLaunch.RunAsync</c> (the session) and of draining the notification queue afterwards
    /// (the CLI waits for it before it prints the summary; it is timed apart, as it is an exit cost, not a per-bar one).
    /// </summary>
    public async Task<(AgentSummary Summary, double RunMs, double DrainMs)> RunAsync(AgentLaunch launch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        await using var dispatcher = AgentNotifications.Create(launch.Journal, Loggers, Clock);
        var start = Stopwatch.GetTimestamp();
        var summary = await launch.RunAsync(dispatcher.Publish, cancellationToken: cancellationToken).ConfigureAwait(false);
        var runMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var drain = Stopwatch.GetTimestamp();
        await dispatcher.FlushAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        return (summary, runMs, Stopwatch.GetElapsedTime(drain).TotalMilliseconds);
    }

    /// <summary><c>ouroboros run --strategy S</c> on the bundled KRX data from <paramref name="from"/>, stopping after <paramref name="days"/> trading days when given.</summary>
    public RunAgentRequest Request(string strategy, DateTimeOffset? from, int? days = null)
    {
        string Setting(string key) => _options.AgentSetting(key);
        int Whole(string key) => (int)decimal.Parse(Setting(key), CultureInfo.InvariantCulture);
        return new RunAgentRequest
        {
            Broker = Setting("Agent:Broker"),
            Mode = Setting("Agent:Mode"),
            Days = days,
            TradeMode = Setting("Agent:TradeMode"),
            DailySessions = Whole("Agent:DailySessions"),
            SessionIntervalHours = double.Parse(Setting("Agent:SessionIntervalHours"), CultureInfo.InvariantCulture),
            PreMarketMinutes = Whole("Agent:PreMarketMinutes"),
            RescanIntervalSeconds = Whole("Agent:RescanIntervalSeconds"),
            PlannerTimeoutSeconds = Whole("Agent:PlannerTimeoutSeconds"),
            CancelOnExit = bool.Parse(Setting("Run:CancelOnExit")),
            ReconcileIntervalSeconds = Whole("Reconcile:IntervalSeconds"),
            Run = new BacktestRequest
            {
                Strategy = strategy,
                Data = [Path.Combine(RepoRoot, Setting("Agent:Replay"))],
                Cash = decimal.Parse(Setting("Agent:Cash"), CultureInfo.InvariantCulture),
                Venue = Venue.Krx,
                Fill = FillPolicyParser.Parse(_options.Fill),
                Sizing = SizingPolicy.Parse(_options.Sizing),
                Risk = _options.Risk,
                VixFile = _options.VixFile,
                BlackoutWindows = _options.BlackoutWindows,
                From = from,
                Save = false,
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
