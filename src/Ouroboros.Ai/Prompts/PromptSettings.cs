namespace Ouroboros.Ai.Prompts;

/// <summary>
/// How a prompt is built. <see cref="Budget"/> null means the kind's default (<see cref="PromptKinds.DefaultBudget"/>).
/// <see cref="MaxRowsPerTimeframe"/> is the window shown before any budget cut (a year of daily bars is rarely useful).
/// </summary>
public sealed record PromptSettings
{
    /// <summary>The fewest OHLCV rows a timeframe keeps when rows are cut for the budget.</summary>
    public const int MinRowsPerTimeframe = 10;

    public int? Budget
    {
        get;
        init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A budget must be positive.");
    }

    public int MaxRowsPerTimeframe
    {
        get;
        init => field = value >= MinRowsPerTimeframe ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"At least {MinRowsPerTimeframe} rows.");
    } = 120;

    /// <summary>Scenarios the playbook may hold per instrument ({{max_scenarios}}).</summary>
    public int MaxScenarios
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one scenario.");
    } = 5;

    /// <summary>The trading date the prompt is for ({{date}}); null: the exchange-local date of AsOf.</summary>
    public DateOnly? Date { get; init; }
}
