using Microsoft.Extensions.Configuration;
using Ouroboros.Hosting.Llm;
using Ouroboros.Hosting.Logging;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// Reads settings from, in rising precedence: defaults, a JSON config file (ouroboros.json or --config),
/// a .env file, and OUROBOROS_* environment variables. Unknown keys and bad values stop start-up, all listed at once.
/// </summary>
public static class OuroborosConfiguration
{
    public const string DefaultConfigFile = "ouroboros.json";

    private static readonly HashSet<string> LegacyNames = new(
        RiskPolicy.Limits.Select(l => l.LegacyEnvironmentVariable).OfType<string>(), StringComparer.OrdinalIgnoreCase);

    public static OuroborosOptions Load(string baseDirectory, string? configFile = null, string? envFile = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var read = Read(baseDirectory, configFile, envFile, environment);
        if (read.Problems.Count > 0) throw new ConfigurationException(read.Problems);
        return read.Options;
    }

    /// <summary>
    /// Whatever can be read, never failing: unreadable files are skipped and bad values left at their defaults, every
    /// problem listed. For the safety commands, which need only the journal's location.
    /// </summary>
    public static ReadableConfiguration LoadReadable(string baseDirectory, string? configFile = null, string? envFile = null,
        IReadOnlyDictionary<string, string?>? environment = null) => Read(baseDirectory, configFile, envFile, environment);

    private static ReadableConfiguration Read(string baseDirectory, string? configFile, string? envFile, IReadOnlyDictionary<string, string?>? environment)
    {
        var problems = new List<string>();
        var skipped = false;
        var builder = new ConfigurationBuilder();
        var json = configFile ?? Path.Combine(baseDirectory, DefaultConfigFile);
        if (File.Exists(json))
        {
            try
            {
                builder.AddConfiguration(new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(json), optional: false, reloadOnChange: false).Build());
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException)
            {
                problems.Add($"config file '{json}' is not valid JSON: {e.GetBaseException().Message}");
                skipped = true;
            }
        }
        else if (configFile is not null) problems.Add($"config file '{configFile}' does not exist");

        var legacy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var variables = new List<KeyValuePair<string, string?>>();
        var dotEnv = envFile ?? Path.Combine(baseDirectory, ".env");
        if (File.Exists(dotEnv))
        {
            if (DotEnvFile.Read(dotEnv, problems) is { } pairs)
            {
                builder.AddInMemoryCollection(ToConfigKeys(pairs));
                builder.AddInMemoryCollection(SeedKeys(pairs));
                builder.AddInMemoryCollection(KisSettings.SeedKeys(pairs));
                CollectLegacy(pairs, legacy);
                variables.AddRange(pairs);
            }
            else skipped = true;
        }
        else if (envFile is not null) problems.Add($".env file '{envFile}' does not exist");

        var env = environment ?? ReadEnvironment();
        builder.AddInMemoryCollection(ToConfigKeys(env));
        builder.AddInMemoryCollection(SeedKeys(env));
        builder.AddInMemoryCollection(KisSettings.SeedKeys(env));
        CollectLegacy(env, legacy);
        variables.AddRange(env);

        var config = builder.Build();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var riskProblems = new List<string>();
        foreach (var (key, value) in config.AsEnumerable())
        {
            if (value is null) continue;
            var setting = Settings.Find(key);
            if (setting is null)
            {
                problems.Add($"unknown setting '{key}' (known: {string.Join(", ", Settings.All.Select(s => s.Key))})");
                continue;
            }
            if (setting.Validate(value) is { } problem) (setting.Limit is null ? problems : riskProblems).Add(problem);
            else values[setting.Key] = value;
        }
        var risk = RiskPolicy.Tighten(RiskInputs(values, legacy), out var tightenProblems);
        riskProblems.AddRange(tightenProblems);
        problems.AddRange(riskProblems);
        var llm = OuroborosOptions.LlmFrom(values, new LlmEnvironment(variables), problems);
        var options = OuroborosOptions.From(values, riskProblems.Count > 0 ? RiskPolicy.Hard : risk, llm);
        problems.AddRange(options.Kis.ShapeProblems());
        problems.AddRange(TelegramSettings.Problems(options.TelegramSetting));
        // The KIS key, secret and account may come from the config file too: masked wherever they came from.
        options = options with
        {
            Secrets = SecretRedactor.FromVariables(variables,
                [.. llm.Providers.Select(p => p.Settings.ApiKey), Value(values, "Kis:AppKey"), Value(values, "Kis:AppSecret"), Value(values, "Web:Token"), Value(values, "Telegram:BotToken")]) is var secrets
                && Value(values, "Kis:AccountNumber") is { } account ? secrets.With([], [account]) : secrets,
        };
        // A skipped file may have named the journal; only the process environment outranks it for certain.
        var journalKnown = !skipped || env.Any(e => e.Key.Equals("OUROBOROS_STORAGE__PATH", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(e.Value));
        return new ReadableConfiguration(options, problems, riskProblems, journalKnown);
    }

    private static string? Value(Dictionary<string, string> values, string key) => values.GetValueOrDefault(key);

    /// <summary>Risk:* settings (already checked against the policy) plus the legacy variables of the older systems.</summary>
    private static Dictionary<string, string> RiskInputs(Dictionary<string, string> values, Dictionary<string, string> legacy)
    {
        var inputs = new Dictionary<string, string>(legacy, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
            if (key.StartsWith("Risk:", StringComparison.OrdinalIgnoreCase)) inputs[key["Risk:".Length..]] = value;
        return inputs;
    }

    /// <summary>MAX_LOSS_PCT, MAX_ORDER_PCT and CONFIDENCE_THRESHOLD keep working (later sources win).</summary>
    private static void CollectLegacy(IEnumerable<KeyValuePair<string, string?>> pairs, Dictionary<string, string> into)
    {
        foreach (var (key, value) in pairs)
        {
            if (value is null) continue;
            if (LegacyNames.Contains(key)) into[key.ToUpperInvariant()] = value;
        }
    }

    private static Dictionary<string, string?> ReadEnvironment()
    {
        var d = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            d[(string)e.Key] = e.Value as string;
        return d;
    }

    /// <summary>The seeds' agent variables (MODE, TRADE_MODE, ...) under their Ouroboros keys.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> SeedKeys(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        foreach (var (key, value) in pairs)
            if (AgentSettings.SeedNames.TryGetValue(key, out var setting) || TelegramSettings.SeedNames.TryGetValue(key, out setting)) yield return new(setting, value);
    }

    private static bool IsCrashInjection(string key) =>
        key.Equals(Agents.EnvironmentCrashPoints.EnableVariable, StringComparison.OrdinalIgnoreCase)
        || key.Equals(Agents.EnvironmentCrashPoints.PointVariable, StringComparison.OrdinalIgnoreCase);

    /// <summary>OUROBOROS_BACKTEST__CASH → Backtest:Cash; other variables are ignored (secrets stay out of config).</summary>
    private static IEnumerable<KeyValuePair<string, string?>> ToConfigKeys(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        foreach (var (key, value) in pairs)
        {
            if (!key.StartsWith("OUROBOROS_", StringComparison.OrdinalIgnoreCase)) continue;
            var rest = key["OUROBOROS_".Length..];
            if (rest.Length == 0 || rest.Equals("CONFIG", StringComparison.OrdinalIgnoreCase)) continue;
            // The crash-injection flags are read by the harness itself (EnvironmentCrashPoints), not settings.
            if (IsCrashInjection(key)) continue;
            yield return new(rest.Replace("__", ":", StringComparison.Ordinal), value);
        }
    }
}
