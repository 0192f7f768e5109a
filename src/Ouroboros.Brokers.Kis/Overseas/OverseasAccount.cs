using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>One holding of overseas inquire-balance output1 (§6.4), in the holding's currency.</summary>
public sealed record OverseasHolding(
    string Symbol,
    string? Name,
    string? ExchangeCode,
    Currency? Currency,
    decimal Quantity,
    decimal? SellableQuantity,
    decimal? AveragePrice,
    decimal? PurchaseAmount,
    decimal? CurrentPrice,
    decimal? Valuation,
    decimal? ProfitLoss,
    decimal? ProfitLossPercent);

/// <summary>inquire-balance output2: totals in the queried currency.</summary>
public sealed record OverseasBalanceSummary(decimal? PurchaseAmount, decimal? RealizedProfitLoss, decimal? TotalProfitLoss, decimal? ReturnPercent);

/// <summary>Every page of holdings of one exchange group and currency, with the totals (null when none were sent).</summary>
public sealed record OverseasBalance(IReadOnlyList<OverseasHolding> Holdings, OverseasBalanceSummary? Summary);

/// <summary>present-balance output2: one currency's cash (foreign-currency view).</summary>
public sealed record OverseasCash(Currency Currency, decimal? Deposit, decimal? Withdrawable, decimal? BoughtToday, decimal? SoldToday, decimal? ExchangeRate);

/// <summary>present-balance output3: account totals (KRW view on VTS, where nothing else is filled).</summary>
public sealed record OverseasTotals(
    decimal? PurchaseTotal,
    decimal? ValuationTotal,
    decimal? ProfitLossTotal,
    decimal? Deposit,
    decimal? TotalDeposit,
    decimal? WithdrawableTotal,
    decimal? ForeignValuation,
    decimal? TotalAssets,
    decimal? ForeignUsable);

/// <summary>
/// present-balance (CTRP6504R/VTRP6504R): holdings, cash per currency and totals. On VTS only <see cref="Totals"/> is
/// meaningful (§6.2): there <see cref="Holdings"/> and <see cref="Cash"/> are empty because they are unknown, not because
/// the account holds nothing (<see cref="HoldingsAndCashKnown"/> says which).
/// </summary>
public sealed record OverseasPresentBalance(IReadOnlyList<OverseasHolding> Holdings, IReadOnlyList<OverseasCash> Cash, OverseasTotals? Totals, bool HoldingsAndCashKnown);

/// <summary>inquire-psamount: what one order of one symbol at one price could buy, in the exchange's currency.</summary>
public sealed record OverseasBuyable(Currency? Currency, decimal? OrderableForeignAmount, decimal? OrderableAmount, decimal? MaxQuantity, decimal? Quantity, decimal? ExchangeRate);
