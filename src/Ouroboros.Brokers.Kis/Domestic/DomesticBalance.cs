namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>One holding of inquire-balance output1 (§5.4). A symbol sold out today stays with quantity 0 until D+2.</summary>
public sealed record DomesticHolding(
    string Symbol,
    string? Name,
    decimal Quantity,
    decimal? SellableQuantity,
    decimal? AveragePrice,
    decimal? PurchaseAmount,
    decimal? CurrentPrice,
    decimal? Valuation,
    decimal? ProfitLoss,
    decimal? ProfitLossPercent);

/// <summary>inquire-balance output2[0] (§5.4): cash (today, D+1, D+2) and totals, in KRW.</summary>
public sealed record DomesticAccountSummary(
    decimal? Deposit,
    decimal? NextDayCash,
    decimal? SettledCash,
    decimal? SecuritiesValuation,
    decimal? TotalValuation,
    decimal? NetAssets,
    decimal? PurchaseTotal,
    decimal? ProfitLossTotal);

/// <summary>The whole balance: every page of holdings, and the summary (null when the host sent none).</summary>
public sealed record DomesticBalance(IReadOnlyList<DomesticHolding> Holdings, DomesticAccountSummary? Summary);

/// <summary>inquire-psbl-order (§5.5): what a buy of one symbol at one price could spend; KRW and shares.</summary>
public sealed record DomesticBuyable(
    decimal? OrderableCash,
    decimal? BuyableAmountWithoutMargin,
    decimal? BuyableQuantityWithoutMargin,
    decimal? MaxBuyAmount,
    decimal? MaxBuyQuantity,
    decimal? PriceUsed);
