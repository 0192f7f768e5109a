using System.Globalization;

namespace Ouroboros.Fakes.Kis;

/// <summary>
/// The small market model (§9 point 9 of the brief): quotes and bars per symbol, and the orders against them.
/// Market-type orders fill at the current price (at once, or on the next price — see
/// <see cref="FakeKisMarketOrderFill"/>); limits fill at the current price once it reaches them. With
/// <see cref="FakeKisSettings.FillInParts"/> = n each chance to fill takes ⌈quantity / n⌉. No fees or taxes.
/// Not thread-safe: the server calls it under its lock.
/// </summary>
internal sealed class FakeKisMarket(FakeKisSettings settings)
{
    private readonly Dictionary<string, FakeKisSymbol> symbols = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeKisOrder> orders = [];
    private readonly Dictionary<string, FakeKisOrder> byNumber = new(StringComparer.Ordinal);
    private long nextNumber = 13_903;

    public IReadOnlyList<FakeKisOrder> Orders => orders;

    public IEnumerable<FakeKisSymbol> Symbols => symbols.Values;

    /// <summary>Gets or makes the symbol; a six-character code of digits (or Q + digits) is domestic.</summary>
    public FakeKisSymbol Symbol(string code)
    {
        if (!symbols.TryGetValue(code, out var s))
            symbols[code] = s = new FakeKisSymbol(code, LooksDomestic(code) ? FakeKisExchange.Krx : string.Empty);
        return s;
    }

    public FakeKisSymbol? Find(string code) => symbols.GetValueOrDefault(code);

    public FakeKisOrder? FindOrder(string number) =>
        byNumber.GetValueOrDefault(number) ?? (long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? byNumber.GetValueOrDefault(n.ToString("D10", CultureInfo.InvariantCulture))
            : null);

    public string NextOrderNumber() => (nextNumber++).ToString("D10", CultureInfo.InvariantCulture);

    public void SetPrice(string code, decimal price, DateTimeOffset now, List<FakeKisExecution> executions)
    {
        var symbol = Symbol(code);
        symbol.Quote(price);
        foreach (var order in orders.Where(o => o.IsOpen && string.Equals(o.Symbol, code, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            order.WaitingForNextPrice = false;
            TryFill(order, symbol, now, executions);
        }
    }

    /// <summary>Reserves cash or shares, records the order, and fills what the price allows.</summary>
    public void Accept(FakeKisOrder order, DateTimeOffset now, List<FakeKisExecution> executions)
    {
        Reserve(order, order.Quantity);
        orders.Add(order);
        byNumber[order.Number] = order;
        order.WaitingForNextPrice = order.IsMarket && settings.MarketOrderFill == FakeKisMarketOrderFill.OnNextPrice;
        if (!order.WaitingForNextPrice)
            TryFill(order, Symbol(order.Symbol), now, executions);
    }

    public void Cancel(FakeKisOrder order, decimal quantity)
    {
        var q = Math.Min(quantity, order.Remaining);
        order.Cancelled += q;
        Release(order, q);
    }

    private void Reserve(FakeKisOrder order, decimal quantity)
    {
        if (order.Side == FakeKisSide.Buy)
            order.Account.AddCash(order.Account.ReservedCash, order.Currency, quantity * order.ReservePerUnit);
        else
            order.Account.Position(order.Exchange, order.Symbol, order.Currency).ReservedForSell += quantity;
    }

    private static void Release(FakeKisOrder order, decimal quantity)
    {
        if (order.Side == FakeKisSide.Buy)
            order.Account.AddCash(order.Account.ReservedCash, order.Currency, -quantity * order.ReservePerUnit);
        else
            order.Account.Position(order.Exchange, order.Symbol, order.Currency).ReservedForSell -= quantity;
    }

    private void TryFill(FakeKisOrder order, FakeKisSymbol symbol, DateTimeOffset now, List<FakeKisExecution> executions)
    {
        if (!order.IsOpen || order.WaitingForNextPrice || symbol.Price is not { } price)
            return;
        var crosses = order.IsMarket || (order.Side == FakeKisSide.Buy ? price <= order.LimitPrice : price >= order.LimitPrice);
        if (!crosses)
            return;
        var parts = Math.Max(1, settings.FillInParts);
        var quantity = Math.Min(order.Remaining, Math.Ceiling(order.Quantity / parts));
        Fill(order, symbol, quantity, price, now, executions);
    }

    private static void Fill(FakeKisOrder order, FakeKisSymbol symbol, decimal quantity, decimal price, DateTimeOffset now, List<FakeKisExecution> executions)
    {
        var account = order.Account;
        var amount = quantity * price;
        var position = account.Position(order.Exchange, order.Symbol, order.Currency);
        position.Name = symbol.Name;
        if (order.Side == FakeKisSide.Buy)
        {
            account.AddCash(account.Cash, order.Currency, -amount);
            Release(order, quantity);
            position.Quantity += quantity;
            position.Cost += amount;
            position.BoughtToday += quantity;
            account.AddCash(account.BoughtToday, order.Currency, amount);
        }
        else
        {
            var average = position.AveragePrice;
            Release(order, quantity);
            position.Cost -= average * quantity;
            position.Quantity -= quantity;
            position.SoldToday += quantity;
            position.RealizedProfit += (price - average) * quantity;
            account.AddCash(account.Cash, order.Currency, amount);
            account.AddCash(account.SoldToday, order.Currency, amount);
        }
        order.Filled += quantity;
        order.FilledAmount += amount;
        symbol.Volume += quantity;
        symbol.TradedValue += amount;
        executions.Add(new FakeKisExecution(
            order.Number, account.AppKey, account.Number, order.Exchange, order.Symbol, order.Side, quantity, price, order.Remaining, now));
    }

    private static bool LooksDomestic(string code) =>
        (code.Length == 6 && code.All(char.IsAsciiDigit)) || (code.Length == 7 && code[0] == 'Q' && code[1..].All(char.IsAsciiDigit));
}
