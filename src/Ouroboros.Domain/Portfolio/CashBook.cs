using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Portfolio;

/// <summary>Cash per currency. Debits that would take a balance below zero are refused (no implicit margin).</summary>
public sealed class CashBook
{
    private readonly decimal[] _balances = new decimal[Enum.GetValues<Currency>().Length];

    public decimal this[Currency currency] => _balances[(int)currency];

    public void Deposit(Currency currency, decimal amount) => _balances[(int)currency] += Guard.NotNegative(amount, nameof(amount));

    /// <summary>Adds a signed amount (fills: buy = negative). Throws when the balance would go negative.</summary>
    public void Apply(Currency currency, decimal signedAmount)
    {
        var next = _balances[(int)currency] + signedAmount;
        if (next < 0)
            throw new InvalidOperationException($"Cash in {currency} would go negative ({next}); the order should have been sized or denied before the fill.");
        _balances[(int)currency] = next;
    }

    /// <summary>Sets a balance to a figure the broker reported (reconciliation); a negative balance is refused.</summary>
    public void Set(Currency currency, decimal amount) => _balances[(int)currency] = Guard.NotNegative(amount, nameof(amount));

    public IReadOnlyDictionary<Currency, decimal> Snapshot()
    {
        var d = new Dictionary<Currency, decimal>();
        foreach (var c in Enum.GetValues<Currency>())
            if (_balances[(int)c] != 0) d[c] = _balances[(int)c];
        return d;
    }
}
