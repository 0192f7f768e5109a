using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ouroboros.Application.Agents;
using Ouroboros.Application.Backtests;
using Ouroboros.Bots.Telegram;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Cli.Output;
using Ouroboros.Core.Sizing;
using Ouroboros.Hosting.Agents;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Live.Notifications;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// `ouroboros run`: the agent. With no keys and no flags it paper trades a market replay of the bundled KRX data, day
/// after day, journaling everything; run it again after a crash and it continues where the journal left off.
/// </summary>
public static class RunCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var broker = ValueOption.Choice("--broker", $"Where orders go ({SettingDefault.Of("Agent:Broker")})", [.. SettingDefault.Definition("Agent:Broker").Choices!]);
        var markets = new Option<string?>("--markets") { Description = "Markets to trade, e.g. KR,US (Agent:Markets, ENABLED_MARKETS); default: the replayed data's market" };
        var strategy = new Option<string?>("--strategy") { Description = $"Strategy ({SettingDefault.Of("Agent:Strategy")}); see `ouroboros strategies`" };
        var param = new Option<string[]>("--param") { Description = "Strategy parameter name=value (repeatable)" };
        var replay = new Option<string[]>("--replay") { Description = $"CSV file or folder to replay as if live (repeatable; {SettingDefault.Of("Agent:Replay")})" };
        var speed = new Option<string?>("--speed") { Description = $"Replay speed: simulated seconds per real second, or max ({SettingDefault.Of("Agent:Speed")})" };
        // Checked while parsing, so it is listed with the other bad options in the one error line.
        speed.Validators.Add(r =>
        {
            if (r.Tokens is [{ Value: var text }] && ParseSpeed(text) is double.NaN or <= 0 or double.PositiveInfinity)
                r.AddError($"--speed must be a positive number of simulated seconds per real second or max, not '{text}'; e.g. --speed 3600");
        });
        var cash = ValueOption.Number("--cash", $"Initial cash of a new paper account ({SettingDefault.Of("Agent:Cash")})", SettingDefault.Definition("Agent:Cash").Min ?? 0.01m, ValueOption.MaxMoney, "10000000");
        var until = ValueOption.Day("--until", "Stop after this trading date, YYYY-MM-DD");
        var days = ValueOption.Whole("--days", "Stop after this many trading days of the session", 1, 100_000, "20");
        var venue = ValueOption.Choice("--venue", $"Venue rules of the replayed instruments ({SettingDefault.Of("Agent:Venue")})", [.. SettingDefault.Definition("Agent:Venue").Choices!]);
        var noRisk = new Option<bool>("--no-risk") { Description = "Trade without risk gates (research only; the banner says so)" };
        var newSession = new Option<bool>("--new-session") { Description = "Start a new session even if the account has an unfinished one with other settings" };
        var json = new Option<bool>("--json") { Description = "Print only the session summary, as one JSON object" };
        var noDashboard = new Option<bool>("--no-dashboard") { Description = $"Do not serve the dashboard and REST API beside the agent on Web:Host and Web:Port ({SettingDefault.Of("Agent:Dashboard")})" };
        var command = globals.WithJournal(new Command("run", "Run the agent: plan before each open, trade through the session, review after the close; paper trading on a market replay by default.")
        {
            broker, markets, strategy, param, replay, speed, cash, until, days, venue, noRisk, newSession, json, noDashboard,
        });
        command.SetAction(async (parse, ct) =>
        {
            var options = globals.LoadOptions(parse);
            string Setting(string key) => options.AgentSetting(key);
            var speedText = parse.GetValue(speed) ?? Setting("Agent:Speed");
            var request = new RunAgentRequest
            {
                Broker = parse.GetValue(broker) ?? Setting("Agent:Broker"),
                Mode = Setting("Agent:Mode").ToLowerInvariant(),
                Markets = Split(parse.GetValue(markets) ?? Setting("Agent:Markets")),
                Speed = ParseSpeed(speedText),
                SpeedText = speedText,
                Until = parse.GetValue(until),
                Days = parse.GetValue(days),
                TradeMode = Setting("Agent:TradeMode").ToLowerInvariant(),
                DailySessions = Whole(Setting("Agent:DailySessions")),
                SessionIntervalHours = double.Parse(Setting("Agent:SessionIntervalHours"), CultureInfo.InvariantCulture),
                PreMarketMinutes = Whole(Setting("Agent:PreMarketMinutes")),
                RescanIntervalSeconds = Whole(Setting("Agent:RescanIntervalSeconds")),
                PlannerTimeoutSeconds = Whole(Setting("Agent:PlannerTimeoutSeconds")),
                CancelOnExit = bool.Parse(Setting("Run:CancelOnExit")),
                ReconcileIntervalSeconds = Whole(Setting("Reconcile:IntervalSeconds")),
                NewSession = parse.GetValue(newSession),
                Run = new BacktestRequest
                {
                    Strategy = parse.GetValue(strategy) ?? Setting("Agent:Strategy"),
                    Parameters = CliParsing.Parameters(parse.GetValue(param)),
                    Data = parse.GetValue(replay) is { Length: > 0 } r ? r : Setting("Agent:Replay").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    Cash = parse.GetValue(cash) ?? decimal.Parse(Setting("Agent:Cash"), CultureInfo.InvariantCulture),
                    Venue = CliParsing.Venue(parse.GetValue(venue) ?? Setting("Agent:Venue")),
                    Fill = FillPolicyParser.Parse(options.Fill),
                    Sizing = SizingPolicy.Parse(options.Sizing),
                    NoRisk = parse.GetValue(noRisk),
                    Risk = options.Risk,
                    VixFile = options.VixFile,
                    BlackoutWindows = options.BlackoutWindows,
                },
            };
            await using var services = globals.AgentServices(parse, options);
            var launch = await services.GetRequiredService<RunAgent>().PrepareAsync(request, ct).ConfigureAwait(false);
            var quiet = parse.GetValue(json);
            if (!quiet) await AgentPrinter.BannerAsync(io.Out, launch.Banner).ConfigureAwait(false);
            await using var web = parse.GetValue(noDashboard) || !bool.Parse(Setting("Agent:Dashboard"))
                ? null
                : await Dashboard.StartAsync(options, globals.StoreOptions(parse, options), quiet ? TextWriter.Null : io.Out, ct).ConfigureAwait(false);
            var loggers = services.GetRequiredService<ILoggerFactory>();
            var time = services.GetRequiredService<TimeProvider>();
            // Telegram (when enabled) is one more notifier lane, and its /stop ends the run as Ctrl-C does.
            using var stopRun = CancellationTokenSource.CreateLinkedTokenSource(ct);
            NotificationDispatcher? published = null;
            await using var telegram = TelegramChannel.ForAgent(options, services, new AgentStopSwitch(stopRun, n => published?.Publish(n), time), web?.Address);
            await using var dispatcher = AgentNotifications.Create(launch.Journal, loggers, time, telegram is null ? null : [telegram.Notifier]);
            published = dispatcher;
            telegram?.Start();
            var progress = new AgentProgressPrinter(io.Out, quiet);
            var summary = await launch.RunAsync(n =>
            {
                dispatcher.Publish(n);
                progress.On(n);
            }, async () =>
            {
                await dispatcher.FlushAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                if (telegram is not null) await telegram.FlushAsync(TimeSpan.FromSeconds(10), time).ConfigureAwait(false);
            }, stopRun.Token).ConfigureAwait(false);
            await AgentPrinter.SummaryAsync(io.Out, summary, quiet).ConfigureAwait(false);
            return summary.Status == "stopped" ? CliApp.ExitStopped : CliApp.ExitOk;
        });
        return command;
    }

    private static string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Whole(string text) => (int)decimal.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>null: max; NaN when the text is no number, which the run's check reports with every other problem.</summary>
    private static double? ParseSpeed(string text)
    {
        if (text.Equals("max", StringComparison.OrdinalIgnoreCase)) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : double.NaN;
    }
}
