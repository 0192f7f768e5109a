using System.Globalization;

namespace Ouroboros.Ai.Budgets;

/// <summary>
/// What each model costs. A model is found by its exact id, else by the longest configured prefix ("gpt-5.1"
/// prices "gpt-5.1-2025-11-13"). A model that is not in the table, or a call without token counts, has an unknown
/// cost (null), never zero; local models are priced explicitly at zero in configuration.
/// </summary>
public sealed class PriceTable
{
    private readonly KeyValuePair<string, ModelPrice>[] _byLength;

    public PriceTable(IReadOnlyDictionary<string, ModelPrice> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        Prices = prices;
        _byLength = [.. prices.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    public static PriceTable Empty { get; } = new(new Dictionary<string, ModelPrice>());

    public IReadOnlyDictionary<string, ModelPrice> Prices { get; }

    public ModelPrice? PriceOf(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var (key, price) in _byLength)
        {
            if (model.StartsWith(key, StringComparison.OrdinalIgnoreCase)) return price;
        }
        return null;
    }

    public decimal? CostOf(string model, int? tokensIn, int? tokensOut) =>
        tokensIn is { } i && tokensOut is { } o && PriceOf(model) is { } price ? price.CostOf(i, o) : null;

    /// <summary>
    /// Parses "model=input/output; model=input/output" (USD per million tokens), e.g.
    /// <c>gpt-5.1=1.25/10; gemini-2.5-flash=0.30/2.50; llama3=0/0</c>. Every bad entry is reported.
    /// </summary>
    public static PriceTable Parse(string text, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        var prices = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in (text ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=', StringComparison.Ordinal);
            var parts = eq > 0 ? raw[(eq + 1)..].Split('/', StringSplitOptions.TrimEntries) : [];
            if (eq <= 0 || parts.Length != 2
                || !decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var input)
                || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var output)
                || input < 0 || output < 0)
            {
                errors.Add($"price entry '{raw}' is not model=input/output with non-negative USD per million tokens, e.g. gpt-5.1=1.25/10");
                continue;
            }
            prices[raw[..eq].Trim()] = new ModelPrice(input, output);
        }
        problems = errors;
        return new PriceTable(prices);
    }
}
