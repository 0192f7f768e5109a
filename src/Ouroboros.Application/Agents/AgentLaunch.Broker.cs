using System.Text.Json;
using Ouroboros.Core.Errors;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Feeds;
using Ouroboros.Live.Replay;

namespace Ouroboros.Application.Agents;

/// <summary>
/// A session on a broker outside the process: the replayed files only warm the strategy up, the broker's live feed
/// is traded on, and the session's cash is the broker account's at its first start (kept with the session, so that a
/// restart re-runs its journal from the same figure).
/// </summary>
public sealed partial class AgentLaunch
{
    private decimal? _brokerCash;

    private async Task<(AgentConnection, AgentRunSpec)> ConnectAsync(IAgentBrokers brokers, AgentRunSpec spec, CancellationToken cancellationToken)
    {
        var instruments = spec.Series.Select(s => s.Instrument).ToArray();
        var connection = await brokers.ConnectAsync(_session.Broker, instruments, spec.VenueModels, _clock, cancellationToken).ConfigureAwait(false);
        try
        {
            var cash = InitialCashOf(_session.SettingsJson);
            if (cash is null)
            {
                var account = await connection.Broker.Account.QueryAccountAsync(cancellationToken).ConfigureAwait(false);
                if (!account.IsSuccess)
                    throw new DataProblemException(null,
                        $"the {_session.Broker} account could not be read to start the session ({account.Error!.Kind}: {account.Error.Message}); nothing was traded, try again");
                cash = account.Value!.Cash;
                _session = _session with { SettingsJson = JsonSerializer.Serialize(new Dictionary<string, decimal> { ["initial_cash"] = cash.Value }) };
                await _store.SaveSessionAsync(_session, cancellationToken).ConfigureAwait(false);
            }
            _brokerCash = cash;
            var interval = spec.Series[0].Interval;
            var live = new AgentLiveFeed(connection.Feed, new LiveBarPipelineOptions(interval),
                [.. spec.Series.Select(_ => StalenessRule.For(interval, null, spec.Calendar))]);
            return (connection, spec with { Broker = connection.Broker, Live = live, InitialCash = cash.Value, Speed = ReplaySpeed.Max });
        }
        catch
        {
            await connection.Lifetime.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static decimal? InitialCashOf(string settingsJson) =>
        JsonSerializer.Deserialize<Dictionary<string, decimal>>(string.IsNullOrWhiteSpace(settingsJson) ? "{}" : settingsJson) is { } settings
        && settings.TryGetValue("initial_cash", out var cash) ? cash : null;
}
