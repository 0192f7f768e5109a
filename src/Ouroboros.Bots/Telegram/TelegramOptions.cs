using System.Globalization;
using Ouroboros.Core.Notifications;
using Ouroboros.Hosting.Configuration;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// The Telegram channel's validated settings (Telegram:* in docs/configuration.md). <see cref="ToString"/> never shows
/// the token.
/// </summary>
public sealed record TelegramOptions
{
    public required string BotToken { get; init; }

    public required IReadOnlyList<long> ChatIds { get; init; }

    public bool CommandsEnabled { get; init; } = true;

    /// <summary>Pause between long polls and the first back-off after a failed one.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one getUpdates call may wait for an update (the server holds the request that long).</summary>
    public int LongPollSeconds { get; init; } = 25;

    public string BaseUrl { get; init; } = "https://api.telegram.org";

    public AlertRules Alerts { get; init; } = AlertRules.All;

    /// <summary>How long a control command's confirmation buttons stay valid.</summary>
    public TimeSpan ConfirmationTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Least time between two messages to one chat (Telegram asks for about one per second).</summary>
    public TimeSpan PerChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages waiting per chat before the oldest is dropped (counted) so a flood cannot eat memory.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>The dashboard's address, if the process serves one (answers /dashboard).</summary>
    public string? DashboardUrl { get; init; }

    public bool IsAuthorised(long chatId) => ChatIds.Contains(chatId);

    /// <summary>From the validated options (start-up already refused bad values, so parsing cannot fail here).</summary>
    public static TelegramOptions From(OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string Get(string key) => options.TelegramSetting(key);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Get("Telegram:TimeZone"));
        var kinds = Get("Telegram:Events").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Enum.Parse<NotificationKind>(k, ignoreCase: true)).ToHashSet();
        return new TelegramOptions
        {
            BotToken = Get("Telegram:BotToken"),
            ChatIds = [.. Get("Telegram:ChatIds").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => long.Parse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))],
            CommandsEnabled = bool.Parse(Get("Telegram:CommandsEnabled")),
            PollingInterval = TimeSpan.FromSeconds((double)decimal.Parse(Get("Telegram:PollingInterval"), CultureInfo.InvariantCulture)),
            BaseUrl = Get("Telegram:BaseUrl"),
            Alerts = new AlertRules(
                Enum.Parse<NotificationSeverity>(Get("Telegram:MinimumSeverity"), ignoreCase: true),
                kinds.Count == 0 ? null : kinds,
                QuietHours.Parse(Get("Telegram:QuietHours")),
                zone),
        };
    }

    /// <summary>Whether Telegram:Enabled is set.</summary>
    public static bool IsEnabled(OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return bool.Parse(options.TelegramSetting("Telegram:Enabled"));
    }

    public override string ToString() =>
        $"TelegramOptions {{ ChatIds = {ChatIds.Count}, CommandsEnabled = {CommandsEnabled}, BaseUrl = {BaseUrl}, BotToken = *** }}";
}
