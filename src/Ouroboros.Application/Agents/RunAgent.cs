using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Application.Backtests;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Orders;

namespace Ouroboros.Application.Agents;

/// <summary>
/// Starts or continues an agent session: checks the request (every problem at once), prepares the run exactly as a
/// backtest of the same data would be prepared, finds the account's unfinished session (a restart continues it; other
/// settings are refused), takes the account's lease (two agents never trade one account) and hands back a launch that
/// says what it will do before it does it.
/// </summary>
public sealed class RunAgent(BacktestPreparation preparation, IJournal journal, TimeProvider clock, ICrashPoints? crashPoints = null,
    ILoggerFactory? loggers = null, IAgentBrokers? brokers = null)
{
    /// <summary>How long a lease lasts without a heartbeat; a crashed agent's account is free again after it.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(15);

    public async Task<AgentLaunch> PrepareAsync(RunAgentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        AgentSettingsCheck.Check(request, brokers);
        var run = request.Run with { Save = false, ReportPath = null, RiskReport = false };
        var prepared = await preparation.PrepareAsync(run, liveRisk: true, cancellationToken).ConfigureAwait(false);
        var firstDay = DateOnly.FromDateTime(prepared.Spec.Series.Min(s => s.First!.Value).UtcDateTime);
        var lastDay = DateOnly.FromDateTime(prepared.Spec.Series.Max(s => s.Last!.Value).UtcDateTime);
        if (request.Until is { } until && until < firstDay)
            throw new InvalidInputException("until", $"«until» {until:yyyy-MM-dd} is before the replayed data starts ({firstDay:yyyy-MM-dd}); the data runs to {lastDay:yyyy-MM-dd}");
        var market = prepared.Spec.Calendar?.Market ?? "GENERIC";
        var markets = request.Markets.Count == 0 ? [market] : request.Markets.Select(m => m.ToUpperInvariant()).ToArray();
        // Market names as users type them (KR, KRX, US, NYSE, ...) resolve through the calendars; an account is keyed by
        // the venues it trades, so that neither the spelling nor the order of the names starts a second agent beside the first.
        var venues = prepared.Spec.Calendar is null ? markets : markets.Select(m => Planning.Markets.VenueOf(Planning.Markets.Calendar(m)).ToString()).ToArray();
        var dataVenue = prepared.Spec.Calendar is { } dataCalendar ? Planning.Markets.VenueOf(dataCalendar).ToString() : market;
        if (!venues.Contains(dataVenue))
            throw new InvalidInputException("markets", $"the replayed data trades on {market}, which «markets» {string.Join(",", markets)} leaves out");
        var crash = crashPoints ?? NoCrashPoints.Instance;
        var account = $"{request.Broker.ToLowerInvariant()}:{string.Join('+', venues.Distinct().Order(StringComparer.Ordinal)).ToLowerInvariant()}";
        var fingerprint = Fingerprint(run, prepared);
        var store = await journal.AgentsAsync(cancellationToken).ConfigureAwait(false);
        var latest = await store.LatestSessionAsync(account, cancellationToken).ConfigureAwait(false);
        var unfinished = latest is { Status: not AgentSessionStatus.Finished };
        if (unfinished && latest!.Fingerprint != fingerprint && !request.NewSession)
            throw new InvalidInputException("new-session",
                $"the account {account} has an unfinished session {latest.SessionId} (strategy {latest.Strategy}) started with other settings; run it again with the same settings to continue it, or pass «new-session» to start over");
        var now = clock.GetUtcNow();
        var resumed = unfinished && latest!.Fingerprint == fingerprint && !request.NewSession;
        var session = resumed
            ? latest! with { Status = AgentSessionStatus.Running, Restarts = latest.Restarts + 1, FinishedAt = null }
            : new AgentSessionRecord(NewSessionId(now, fingerprint), account, request.Mode == "live" ? AgentMode.Live : AgentMode.Paper,
                request.Broker.ToLowerInvariant(), markets, run.Strategy, fingerprint, "{}", ClientOrderIdGenerator.NewSessionKey(now, new Random(fingerprint.GetHashCode(StringComparison.Ordinal))),
                now, AgentSessionStatus.Running, 0, 0, null, null);
        await AgentLease.TakeAsync(store, session, now, LeaseTime, cancellationToken).ConfigureAwait(false);
        crash.Hit(CrashPointNames.SessionAfterLease);
        if (resumed && latest!.Status == AgentSessionStatus.Running)
            Log.AgentRecovering(Logger, session.SessionId, session.Restarts);
        await store.SaveSessionAsync(session, cancellationToken).ConfigureAwait(false);
        var sessionJournal = store.OpenSession(session.SessionId);
        var checkpoint = await sessionJournal.LastCheckpointAsync(cancellationToken).ConfigureAwait(false);
        var banner = AgentLaunch.BannerOf(request, session, prepared, resumed, checkpoint?.SlicesDone ?? 0, journal.Path);
        return new AgentLaunch(request, prepared, session, store, sessionJournal, banner, journal, clock, crash, loggers ?? NullLoggerFactory.Instance)
        {
            Brokers = request.Broker.Equals("paper", StringComparison.OrdinalIgnoreCase) ? null : brokers,
        };
    }

    private ILogger Logger => (loggers ?? NullLoggerFactory.Instance).CreateLogger<RunAgent>();

    /// <summary>What must not change for a restart to continue a session: strategy, parameters, data, account and fills.</summary>
    private static string Fingerprint(BacktestRequest run, PreparedRun prepared)
    {
        var text = new StringBuilder();
        text.Append(run.Strategy).Append('|');
        foreach (var (k, v) in prepared.Parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append(k).Append('=').Append(v).Append(',');
        foreach (var s in prepared.Spec.Series)
            text.Append('|').Append(s.Instrument.Id).Append(':').Append(s.Count).Append(':').Append(s.First?.UtcTicks).Append(':').Append(s.Last?.UtcTicks);
        text.Append(CultureInfo.InvariantCulture, $"|{run.Cash}|{run.Fill}|{run.Sizing}|{run.NoRisk}|{run.Venue}|{run.CommissionPct}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static string NewSessionId(DateTimeOffset now, string fingerprint) =>
        $"ag-{now.UtcDateTime:yyyyMMdd-HHmmss-fff}-{fingerprint[..6]}";
}
