using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Tests.Primitives;

/// <summary>Guard returns good values unchanged and names the argument of bad ones.</summary>
public sealed class GuardTests
{
    [Fact]
    public void Positive_accepts_values_above_zero_only()
    {
        Guard.Positive(0.0001m, "x").ShouldBe(0.0001m);
        Should.Throw<ArgumentOutOfRangeException>(() => Guard.Positive(0m, "price")).Message.ShouldStartWith("price must be positive.");
        Should.Throw<ArgumentOutOfRangeException>(() => Guard.Positive(-1m, "price")).ParamName.ShouldBe("price");
    }

    [Fact]
    public void Not_negative_accepts_zero()
    {
        Guard.NotNegative(0m, "fee").ShouldBe(0m);
        Should.Throw<ArgumentOutOfRangeException>(() => Guard.NotNegative(-0.01m, "fee")).Message.ShouldStartWith("fee must not be negative.");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Finite_rejects_nan_and_infinities(double value) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Guard.Finite(value, "ratio")).Message.ShouldStartWith("ratio must be a finite number.");

    [Fact]
    public void Finite_accepts_negative_and_zero_values()
    {
        Guard.Finite(-2.5, "x").ShouldBe(-2.5);
        Guard.Finite(0, "x").ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Finite_positive_rejects_zero_negatives_nan_and_infinity(double value) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Guard.FinitePositive(value, "period"));

    [Fact]
    public void Finite_positive_accepts_a_small_positive_value() => Guard.FinitePositive(1e-9, "x").ShouldBe(1e-9);
}
