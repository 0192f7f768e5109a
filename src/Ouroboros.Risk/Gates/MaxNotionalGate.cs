using System.Collections.Frozen;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies an entry whose value exceeds the largest single order allowed in the instrument's currency. The limit is
/// absolute, so it still holds when the cash or equity figures the relative gates use are wrong.
/// </summary>
public sealed class MaxNotionalGate : IRiskGate
{
    public const string GateName = "max_notional";
    private readonly FrozenDictionary<Currency, decimal> _maxByCurrency;

    public MaxNotionalGate(IReadOnlyDictionary<Currency, decimal> maxByCurrency)
    {
        ArgumentNullException.ThrowIfNull(maxByCurrency);
        foreach (var (currency, max) in maxByCurrency)
        {
            if (max <= 0)
                throw new ArgumentOutOfRangeException(nameof(maxByCurrency), max, $"The max notional for {currency} must be a positive amount of {currency}.");
        }

        // A private copy: the caller's dictionary may change later, the limits must not.
        _maxByCurrency = maxByCurrency.ToFrozenDictionary();
    }

    public string Name => GateName;

    /// <summary>The largest order value per currency; a currency missing here cannot be traded at all.</summary>
    public IReadOnlyDictionary<Currency, decimal> MaxByCurrency => _maxByCurrency;

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        // Exits only shrink a position; capping them could leave the account unable to get out.
        if (!check.IsEntry) return RiskVerdict.Approved;
        var currency = check.Instrument.Currency;
        var currencyFigure = new RiskFigure("currency", currency.ToString());
        if (!_maxByCurrency.TryGetValue(currency, out var max))
            return RiskVerdict.Denied(Name, $"no max notional is configured for {currency}, so {currency} orders cannot be checked and are refused",
                currencyFigure, RiskFigure.Of("order_value", check.EstimatedValue));
        if (check.EstimatedValue is not { } value)
            return RiskVerdict.Missing(Name, "no price to value the order", currencyFigure, RiskFigure.Of("order_value", null as decimal?), RiskFigure.Of("limit", max));
        return value > max
            ? RiskVerdict.Denied(Name, $"order value {value:0.########} {currency} exceeds the max notional of {max:0.########} {currency}",
                currencyFigure, RiskFigure.Of("order_value", value), RiskFigure.Of("limit", max))
            : RiskVerdict.Approved;
    }
}
