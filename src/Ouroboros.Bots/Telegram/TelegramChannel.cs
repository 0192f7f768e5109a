using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ouroboros.Application.Agents;
using Ouroboros.Application.LlmUsage;
using Ouroboros.Application.Operations;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// The Telegram channel of one process: the outbox, the notifier the dispatcher gets as its lane and, when commands are
/// enabled, the long-polling loop. Start with <see cref="Start"/>; at shutdown <see cref="FlushAsync"/>, then dispose.
/// </summary>
public sealed class TelegramChannel : IAsyncDisposable
{
    private readonly TelegramApi _api;
    private readonly TelegramPoller? _poller;
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger;
    private readonly TelegramOptions _options;
    private Task _polling = Task.CompletedTask;

    public TelegramChannel(TelegramOptions options, IServiceProvider services, AgentStopSwitch? stop = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        _options = options;
        var time = services.GetRequiredService<TimeProvider>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        _logger = loggers.CreateLogger<TelegramChannel>();
        _api = new TelegramApi(options);
        Outbox = new TelegramOutbox(_api, options, time, loggers.CreateLogger<TelegramOutbox>());
        Notifier = new TelegramNotifier(Outbox, options);
        Handler = new TelegramUpdateHandler(options, _api, Outbox, new PendingControls(time, options.ConfirmationTimeout),
            new AccountReplies(services.GetRequiredService<AgentStatusQuery>(), services.GetRequiredService<AgentJournalQuery>(), services.GetRequiredService<TradingStateOperations>()),
            new JournalReplies(services.GetRequiredService<AgentJournalQuery>(), services.GetRequiredService<LlmUsageQuery>()),
            services.GetRequiredService<TradingStateOperations>(), stop, loggers.CreateLogger<TelegramUpdateHandler>());
        if (options.CommandsEnabled) _poller = new TelegramPoller(_api, Handler, options, time, loggers.CreateLogger<TelegramPoller>());
    }

    /// <summary>The channel of an agent run when Telegram:Enabled is set, else null; not started yet.</summary>
    /// <param name="dashboard">The address of the dashboard this process serves, without its token (a chat is no place for it); null: none.</param>
    public static TelegramChannel? ForAgent(Hosting.Configuration.OuroborosOptions options, IServiceProvider services, AgentStopSwitch stop, Uri? dashboard = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TelegramOptions.IsEnabled(options)
            ? new TelegramChannel(TelegramOptions.From(options) with { DashboardUrl = dashboard?.GetLeftPart(UriPartial.Path) }, services, stop)
            : null;
    }

    public TelegramOutbox Outbox { get; }

    /// <summary>Add this to the notification dispatcher's notifiers.</summary>
    public INotifier Notifier { get; }

    public TelegramUpdateHandler Handler { get; }

    public void Start()
    {
        TelegramLog.Started(_logger, _options.ChatIds.Count, _poller is null ? "off" : "on");
        if (_poller is not null) _polling = Task.Run(() => _poller.RunAsync(_stop.Token));
    }

    /// <summary>Waits until the queued messages are sent (or given up), at most <paramref name="timeout"/>.</summary>
    public async Task<bool> FlushAsync(TimeSpan timeout, TimeProvider time)
    {
        try
        {
            await Outbox.WhenIdle().WaitAsync(timeout, time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _polling.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The poll in flight was cut short; that is how polling stops.
        }
        await Outbox.DisposeAsync().ConfigureAwait(false);
        _api.Dispose();
        _stop.Dispose();
    }
}
