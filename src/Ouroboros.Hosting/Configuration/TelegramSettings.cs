using System.Globalization;
using System.Text.RegularExpressions;

namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// The Telegram:* settings (docs/operators.md, Telegram), with the seed names TELEGRAM_BOT_TOKEN, TELEGRAM_CHAT_ID,
/// TELEGRAM_ENABLED, TELEGRAM_COMMANDS_ENABLED and TELEGRAM_POLLING_INTERVAL. The token is a secret: masked in logs
/// (whatever it is called) and never echoed by a check.
/// </summary>
internal static partial class TelegramSettings
{
    public static readonly IReadOnlyList<string> Severities = ["info", "warning", "critical"];

    public static IEnumerable<SettingDefinition> All() =>
    [
        new("Telegram:Enabled", SettingType.Boolean, "false", "Send the agent's notifications to Telegram and (with Telegram:CommandsEnabled) answer commands (seed name TELEGRAM_ENABLED)."),
        new("Telegram:BotToken", SettingType.Text, "", "The bot's token from @BotFather (a secret; seed name TELEGRAM_BOT_TOKEN)."),
        new("Telegram:ChatIds", SettingType.Text, "", "Chat ids that get alerts and whose commands are answered, comma-separated (seed name TELEGRAM_CHAT_ID); every other chat is ignored.", Check: CheckChatIds),
        new("Telegram:CommandsEnabled", SettingType.Boolean, "true", "Answer commands by long polling (seed name TELEGRAM_COMMANDS_ENABLED); false: alerts only."),
        new("Telegram:PollingInterval", SettingType.Decimal, "1", "Seconds between long polls, and the first back-off after a failed poll (seed name TELEGRAM_POLLING_INTERVAL).", Min: 0.1m, Max: 300m),
        new("Telegram:BaseUrl", SettingType.Text, "https://api.telegram.org", "Bot API base URL; a local Bot API server, a proxy or a test fake may stand in.", Check: CheckUrl),
        new("Telegram:MinimumSeverity", SettingType.Choice, "info", "Least severe notification sent: info, warning or critical.", Choices: Severities),
        new("Telegram:Events", SettingType.Text, "", "Notification kinds sent, comma-separated (e.g. TradeExecuted,Halt,Kill); empty: all."),
        new("Telegram:QuietHours", SettingType.Text, "", "HH:mm-HH:mm in Telegram:TimeZone when alerts below critical arrive silently (e.g. 22:00-07:00); empty: none.", Check: CheckQuietHours),
        new("Telegram:TimeZone", SettingType.Text, "Asia/Seoul", "Time zone of the quiet hours and of times in messages (IANA name)."),
        new("Telegram:ApproveOrders", SettingType.Boolean, "false", "Ask for an approve/reject button before each entry. Not available yet: the agent has no approval gate, so true is refused at start-up."),
    ];

    public static IReadOnlyDictionary<string, string> SeedNames { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["TELEGRAM_BOT_TOKEN"] = "Telegram:BotToken",
        ["TELEGRAM_CHAT_ID"] = "Telegram:ChatIds",
        ["TELEGRAM_ENABLED"] = "Telegram:Enabled",
        ["TELEGRAM_COMMANDS_ENABLED"] = "Telegram:CommandsEnabled",
        ["TELEGRAM_POLLING_INTERVAL"] = "Telegram:PollingInterval",
    };

    /// <summary>Problems of the settings taken together, and of the token (checked here: a setting's own check would quote it).</summary>
    public static IEnumerable<string> Problems(Func<string, string> get)
    {
        if (CheckToken(get("Telegram:BotToken")) is { } token) yield return "Telegram:BotToken " + token;
        if (!bool.TryParse(get("Telegram:Enabled"), out var enabled) || !enabled) yield break;
        if (string.IsNullOrWhiteSpace(get("Telegram:BotToken")))
            yield return "Telegram:Enabled is true but Telegram:BotToken is empty; set TELEGRAM_BOT_TOKEN to the token @BotFather gave";
        if (string.IsNullOrWhiteSpace(get("Telegram:ChatIds")))
            yield return "Telegram:Enabled is true but Telegram:ChatIds is empty; set TELEGRAM_CHAT_ID to your chat id (comma-separated for several)";
        if (bool.TryParse(get("Telegram:ApproveOrders"), out var approve) && approve)
            yield return "Telegram:ApproveOrders = true: the agent has no order-approval gate yet, so no order could wait for a button; set it to false";
        if (!IsTimeZone(get("Telegram:TimeZone")))
            yield return $"Telegram:TimeZone = '{get("Telegram:TimeZone")}' is not a known time zone; use an IANA name such as Asia/Seoul or UTC";
        foreach (var kind in get("Telegram:Events").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<Core.Notifications.NotificationKind>(kind, ignoreCase: true, out _))
                yield return $"Telegram:Events names '{kind}', which is no notification kind; use {string.Join(", ", Enum.GetNames<Core.Notifications.NotificationKind>())}";
        }
    }

    private static bool IsTimeZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    // The value is a secret: the problem says what is wrong without repeating it.
    private static string? CheckToken(string value) =>
        value.Length == 0 || TokenShape().IsMatch(value) ? null : "is not a bot token (digits, a colon, then letters, digits, '_' or '-'; copy it whole from @BotFather)";

    private static string? CheckChatIds(string value)
    {
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                return $"'{part}' is not a chat id; give whole numbers separated by commas, e.g. 123456789,-1001234567890";
        }
        return null;
    }

    private static string? CheckUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "must be an absolute http or https URL, e.g. https://api.telegram.org";

    private static string? CheckQuietHours(string value)
    {
        if (value.Length == 0) return null;
        var parts = value.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts.All(p => TimeOnly.TryParseExact(p, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            ? null
            : "must be two times HH:mm-HH:mm, e.g. 22:00-07:00";
    }

    [GeneratedRegex(@"^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
