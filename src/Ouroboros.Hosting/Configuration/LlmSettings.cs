using System.Globalization;
using Ouroboros.Ai.Budgets;
using Ouroboros.Hosting.Llm;

namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// The Llm:* settings. API keys are never settings: they come from OPENAI_API_KEY, GEMINI_API_KEY and
/// ANTHROPIC_API_KEY (environment or .env), see <see cref="LlmEnvironment"/>.
/// </summary>
internal static class LlmSettings
{
    public const string DefaultPrices =
        "gpt-5.1=1.25/10; gpt-4o-mini=0.15/0.60; gemini-2.5-flash=0.30/2.50; gemini-2.5-pro=1.25/10; claude-sonnet=3/15; claude-haiku=1/5; deepseek=0.28/0.42; qwen-plus=0.40/1.20";

    public static IEnumerable<SettingDefinition> All() =>
    [
        new("Llm:Profiles", SettingType.Text, "", "Extra model profiles: NAME=KIND|MODEL|TIER|BASE-URL|KEY-VARIABLE separated by ';' (KIND openai, anthropic or gemini; TIER deep, quick or local), e.g. ollama=openai|llama3.1|local|http://localhost:11434/v1|. Profiles openai, gemini and anthropic come from their API key variables.", Check: v => LlmProfileSpec.Check(v)),
        new("Llm:Routes", SettingType.Text, "", "Profile chain per task, TASK=PROFILE,PROFILE separated by ';' (tasks: trading-decision, batch-decision, playbook, news-classification, translation, loss-review, daily-review, chat). Empty: every configured profile, deep tier first for the playbook and reviews, quick first for the rest. Every chain ends in the rules engine.", Check: v => LlmRouteSpec.Check(v)),
        new("Llm:OpenAiModel", SettingType.Text, "gpt-5.1", "Model of the openai profile when OPENAI_MODEL is not set."),
        new("Llm:GeminiModel", SettingType.Text, "gemini-2.5-flash", "Model of the gemini profile (native generateContent API)."),
        new("Llm:AnthropicModel", SettingType.Text, "claude-sonnet-5", "Model of the anthropic profile."),
        new("Llm:Budgets", SettingType.Text, "gemini=20/-/-", "Daily budgets SCOPE=CALLS/TOKENS/USD separated by ';' ('-' = no limit); SCOPE is a provider (openai, gemini, anthropic or a profile's provider) or task:NAME. Gemini's day ends at midnight Pacific, the others' at midnight UTC.", Check: v => LlmBudgetSpec.Check(v)),
        new("Llm:Prices", SettingType.Text, DefaultPrices, "USD per million input/output tokens, MODEL=IN/OUT separated by ';'; a model matches the longest prefix. Unpriced models have unknown cost. Defaults are list prices at the time of writing: check your provider's.", Check: CheckPrices),
        new("Llm:Cache", SettingType.Choice, "off", "LLM response cache: off, record (answer from the cache when possible, store new answers) or replay (cache only; a miss stops the run).", Choices: ["off", "record", "replay"]),
        new("Llm:PromptDirectory", SettingType.Text, "prompts", "Directory of user-edited prompt templates (NAME.system.md / NAME.user.md); missing files fall back to the built-in templates."),
        new("Llm:TimeoutSeconds", SettingType.Decimal, "60", "Timeout of one model call.", Min: 1m, Max: 600m),
        new("Llm:PlaybookTimeoutSeconds", SettingType.Decimal, "180", "Deadline for writing one day's playbook, retries included; past it the previous day's or a defensive playbook is used.", Min: 1m, Max: 3600m),
        new("Llm:MaxAttempts", SettingType.Decimal, "3", "Attempts per profile on 429, 5xx, 529 and timeouts before the next profile.", Min: 1m, Max: 10m),
        new("Llm:MaxRetryAfterSeconds", SettingType.Decimal, "60", "Longest Retry-After worth waiting for; a longer one moves to the next profile at once.", Min: 0m, Max: 3600m),
        new("Llm:BreakerFailures", SettingType.Decimal, "3", "Consecutive failed calls (timeouts, network, 5xx, 429) after which a provider is marked down; its calls then fail fast and the route moves on.", Min: 1m, Max: 100m),
        new("Llm:BreakerCoolOffSeconds", SettingType.Decimal, "60", "How long a provider marked down stays down before one probe call may close its circuit again.", Min: 1m, Max: 3600m),
        new("Llm:PlanningLeadMinutes", SettingType.Decimal, "30", "How long before the open the playbook is written. With intraday bars the planner sees only bars closed by then (backtests included); daily bars are planned from the previous days' bars.", Min: 1m, Max: 720m),
        new("Llm:BatchSessionsPerDay", SettingType.Decimal, "4", "Batch mode with intraday bars: decisions per market per trading day, one in each equal part of the regular session (two markets x 4 = the free tier's 8 calls a day). Daily bars decide once per bar.", Min: 1m, Max: 48m),
        new("Llm:MaxScenarios", SettingType.Decimal, "5", "Most scenarios per instrument in a playbook.", Min: 1m, Max: 20m),
        new("Llm:ScannerTopN", SettingType.Decimal, "3", "Candidates the volatility-first scanner passes on.", Min: 1m, Max: 50m),
        new("Llm:MinConfidence", SettingType.Decimal, "80", "Model decisions below this confidence (0-100) become HOLD.", Min: 0m, Max: 100m),
    ];

    private static string? CheckPrices(string value)
    {
        PriceTable.Parse(value, out var problems);
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
