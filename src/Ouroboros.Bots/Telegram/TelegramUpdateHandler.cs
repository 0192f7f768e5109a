using Microsoft.Extensions.Logging;
using Ouroboros.Application.Operations;
using Ouroboros.Core.Errors;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using static Ouroboros.Bots.Telegram.TelegramMarkdown;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// Answers one update. Only chats in <see cref="TelegramOptions.ChatIds"/> are answered; any other chat is logged (its
/// id only, never its text) and gets nothing. Control commands (/halt /resume /kill /stop) first ask with inline
/// buttons; the button runs the Application operation with the chat as the actor ("telegram:&lt;chat id&gt;"), so the
/// trading-state log records who did it.
/// </summary>
public sealed class TelegramUpdateHandler(
    TelegramOptions options, TelegramApi api, TelegramOutbox outbox, PendingControls pending, AccountReplies account, JournalReplies journal,
    TradingStateOperations operations, AgentStopSwitch? stop, ILogger<TelegramUpdateHandler> logger)
{
    public const string Help =
        "*Ouroboros*\n/status /positions /balance /profit /daily /trades /report /performance\n/playbook /scenarios /review /llm /dashboard\n" +
        "/halt \\[market\\] /resume \\[market\\] /kill /stop \\(each asks first\\)";

    private long _ignored;

    /// <summary>Updates from chats not in the allow list, ignored.</summary>
    public long Ignored => Interlocked.Read(ref _ignored);

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message is { Chat: var chat } message) await OnMessageAsync(chat.Id, message.Text, cancellationToken).ConfigureAwait(false);
        else if (update.CallbackQuery is { } callback) await OnCallbackAsync(callback, cancellationToken).ConfigureAwait(false);
    }

    private bool Authorised(long chatId)
    {
        if (options.IsAuthorised(chatId)) return true;
        Interlocked.Increment(ref _ignored);
        TelegramLog.Unauthorised(logger, chatId);
        return false;
    }

    private async Task OnMessageAsync(long chatId, string? text, CancellationToken cancellationToken)
    {
        if (!Authorised(chatId)) return;
        if (BotCommand.Parse(text) is not { } command)
        {
            Reply(chatId, "I answer commands only; /help lists them\\.");
            return;
        }
        TelegramLog.Command(logger, command.Name, chatId);
        try
        {
            var answer = await AnswerAsync(chatId, command, cancellationToken).ConfigureAwait(false);
            if (answer is not null) Reply(chatId, answer);
        }
        catch (UserException e)
        {
            Reply(chatId, Escape(e.Message.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed query is unknown, never empty: say so instead of answering with nothing.
            TelegramLog.CommandFailed(logger, command.Name, e);
            Reply(chatId, Escape($"/{command.Name} failed; the journal could not be read. See the agent's log."));
        }
    }

    private async Task<string?> AnswerAsync(long chatId, BotCommand command, CancellationToken ct) => command.Name switch
    {
        "start" or "help" => Help,
        "status" => await account.StatusAsync(ct).ConfigureAwait(false),
        "positions" => await account.PositionsAsync(ct).ConfigureAwait(false),
        "balance" => await account.BalanceAsync(ct).ConfigureAwait(false),
        "profit" => await account.ProfitAsync(ct).ConfigureAwait(false),
        "daily" => await account.DailyAsync(ct).ConfigureAwait(false),
        "performance" => await account.PerformanceAsync(ct).ConfigureAwait(false),
        "trades" => await account.TradesAsync(ct).ConfigureAwait(false),
        "report" => await account.ReportAsync(ct).ConfigureAwait(false),
        "playbook" => await journal.PlaybookAsync(ct).ConfigureAwait(false),
        "scenarios" => await journal.ScenariosAsync(ct).ConfigureAwait(false),
        "review" => await journal.ReviewAsync(ct).ConfigureAwait(false),
        "llm" => await journal.LlmAsync(ct).ConfigureAwait(false),
        "dashboard" => options.DashboardUrl is { } url ? Escape(url) : "No dashboard is served by this process\\.",
        "halt" => Ask(chatId, new ControlAction(ControlKind.Halt, Market(command.Argument))),
        "resume" => Ask(chatId, new ControlAction(ControlKind.Resume, Market(command.Argument))),
        "kill" => Ask(chatId, new ControlAction(ControlKind.Kill, null)),
        "stop" => stop is null ? "This process runs no agent to stop\\." : Ask(chatId, new ControlAction(ControlKind.Stop, null)),
        _ => Escape($"Unknown command /{command.Name}; /help lists the commands."),
    };

    /// <summary>A market name as Application knows it (checked now, so a typo is refused before any button).</summary>
    private static string? Market(string? argument)
    {
        if (argument is null) return null;
        return TradingStateOperations.Markets.FirstOrDefault(m => m.Equals(argument, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidInputException("market", $"'{argument}' is not a known market; use one of {string.Join(", ", TradingStateOperations.Markets)}");
    }

    private string? Ask(long chatId, ControlAction action)
    {
        var token = pending.Add(chatId, action);
        var buttons = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Yes, do it", "ok:" + token), InlineKeyboardButton.WithCallbackData("Cancel", "no:" + token)]]);
        var minutes = options.ConfirmationTimeout.TotalMinutes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        outbox.Enqueue(new OutgoingMessage(chatId, $"{Bold("Confirm")}: {Escape(action.Describe())}?\n{Escape($"(valid for {minutes} min)")}", false, buttons));
        return null;
    }

    private async Task OnCallbackAsync(CallbackQuery callback, CancellationToken ct)
    {
        var chatId = callback.Message?.Chat.Id ?? callback.From.Id;
        if (!Authorised(chatId)) return;
        var data = callback.Data ?? "";
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var action = colon > 0 ? pending.Take(data[(colon + 1)..], chatId) : null;
        string outcome;
        if (action is null) outcome = "This confirmation has expired or was already used; nothing was done. Send the command again.";
        else if (data.StartsWith("no:", StringComparison.Ordinal)) outcome = "Cancelled; nothing was done.";
        else
        {
            try
            {
                outcome = await RunAsync(action, "telegram:" + chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
            }
            catch (UserException e)
            {
                outcome = e.Message.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Unknown, not refused: the state may or may not have changed, so say to look.
                TelegramLog.CommandFailed(logger, action.Kind.ToString(), e);
                outcome = $"{action.Kind} failed: the journal could not be written or read. Check /status before trying again.";
            }
            TelegramLog.Control(logger, action.Kind.ToString(), chatId, outcome);
        }
        await api.AnswerCallbackAsync(callback.Id, outcome.Length > 200 ? outcome[..200] : outcome, ct).ConfigureAwait(false);
        if (callback.Message is { } asked) await api.EditAsync(chatId, asked.Id, Escape(outcome), ct).ConfigureAwait(false);
    }

    private async Task<string> RunAsync(ControlAction action, string actor, CancellationToken ct)
    {
        const string why = "asked in Telegram";
        switch (action.Kind)
        {
            case ControlKind.Halt:
                var halted = await operations.HaltAsync(new ChangeTradingStateRequest(action.Market, why, actor), ct).ConfigureAwait(false);
                return halted.Changed ? $"{action.Market ?? "account"} HALTED by {actor}." : $"{action.Market ?? "account"} was already halted.";
            case ControlKind.Resume:
                var resumed = await operations.ResumeAsync(new ChangeTradingStateRequest(action.Market, why, actor), ct).ConfigureAwait(false);
                return resumed.Changed ? $"{action.Market ?? "account"} resumed by {actor}." : $"{action.Market ?? "account"} was already active.";
            case ControlKind.Kill:
                var killed = await operations.KillAsync(new KillRequest(why, actor), ct).ConfigureAwait(false);
                return killed.Changed ? $"KILLED by {actor}: the account is halted and working orders are being cancelled." : "The account was already killed.";
            default:
                stop!.Stop(actor);
                return $"Stopping the agent (asked by {actor}).";
        }
    }

    private void Reply(long chatId, string markdown) => outbox.Enqueue(new OutgoingMessage(chatId, markdown));
}
