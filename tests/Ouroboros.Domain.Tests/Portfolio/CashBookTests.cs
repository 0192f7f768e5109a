using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Tests.Portfolio;

/// <summary>Cash per currency, never negative.</summary>
public sealed class CashBookTests
{
    private readonly CashBook _cash = new();

    [Fact]
    public void Deposits_and_signed_amounts_move_the_balance_of_their_currency_only()
    {
        _cash.Deposit(Currency.KRW, 1_000_000m);
        _cash.Apply(Currency.KRW, -250_000m);
        _cash.Apply(Currency.KRW, 10_000m);

        _cash[Currency.KRW].ShouldBe(760_000m);
        _cash[Currency.USD].ShouldBe(0m);
    }

    [Fact]
    public void A_debit_that_would_go_negative_is_refused_and_leaves_the_balance_unchanged()
    {
        _cash.Deposit(Currency.USD, 100m);

        var error = Should.Throw<InvalidOperationException>(() => _cash.Apply(Currency.USD, -100.01m));

        error.Message.ShouldContain("Cash in USD would go negative (-0.01)");
        _cash[Currency.USD].ShouldBe(100m);
    }

    [Fact]
    public void A_debit_to_exactly_zero_is_allowed()
    {
        _cash.Deposit(Currency.USDT, 100m);
        _cash.Apply(Currency.USDT, -100m);

        _cash[Currency.USDT].ShouldBe(0m);
    }

    [Fact]
    public void A_negative_deposit_is_refused() => Should.Throw<ArgumentOutOfRangeException>(() => _cash.Deposit(Currency.USD, -1m));

    [Fact]
    public void A_snapshot_lists_only_non_zero_balances()
    {
        _cash.Deposit(Currency.USD, 5m);
        _cash.Deposit(Currency.KRW, 0m);

        _cash.Snapshot().ShouldBe(new Dictionary<Currency, decimal> { [Currency.USD] = 5m });
    }
}
