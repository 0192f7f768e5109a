using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The minimum-confidence gate lets a model-driven entry trade only at a confidence of 80 (of 100) or more.</summary>
public sealed class MinConfidenceGateTests
{
    private readonly MinConfidenceGate _gate = new(0.80);

    private static RiskCheck ModelEntry(double? confidence) => Checks.Entry() with { Origin = IntentOrigin.Model, Confidence = confidence };

    [Fact]
    public void Gate_is_named_min_confidence() => _gate.Name.ShouldBe("min_confidence");

    [Fact]
    public void Min_confidence_denies_a_model_entry_below_80_and_shows_both_as_0_to_100()
    {
        var verdict = _gate.Evaluate(ModelEntry(0.79));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("min_confidence");
        verdict.Reason.ShouldBe("model confidence 79 is below the minimum 80 (of 100)");
        verdict.FigureValue("confidence").ShouldBe("0.79");
        verdict.FigureValue("min_confidence").ShouldBe("0.8");
    }

    [Fact]
    public void Min_confidence_allows_a_model_entry_at_exactly_the_minimum() => _gate.Evaluate(ModelEntry(0.80)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Min_confidence_allows_a_confident_model_entry() => _gate.Evaluate(ModelEntry(0.95)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Min_confidence_denies_with_data_missing_when_the_model_gave_no_confidence()
    {
        var verdict = _gate.Evaluate(ModelEntry(null));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: the model gave no confidence for this intent");
        verdict.FigureValue("confidence").ShouldBe("missing");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.PositiveInfinity)]
    public void Min_confidence_denies_a_confidence_that_is_not_a_number_in_zero_to_one(double confidence)
    {
        var verdict = _gate.Evaluate(ModelEntry(confidence));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldNotBeNull().ShouldEndWith("is not a number in [0, 1]");
    }

    [Theory]
    [InlineData(IntentOrigin.Strategy)]
    [InlineData(IntentOrigin.Operator)]
    [InlineData(IntentOrigin.RiskExit)]
    public void Min_confidence_does_not_apply_to_intents_that_are_not_from_a_model(IntentOrigin origin)
    {
        _gate.Evaluate(Checks.Entry() with { Origin = origin }).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Entry() with { Origin = origin, Confidence = 0.1 }).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Min_confidence_allows_a_model_exit_whatever_its_confidence()
    {
        _gate.Evaluate(Checks.Exit() with { Origin = IntentOrigin.Model, Confidence = 0.1 }).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Exit() with { Origin = IntentOrigin.Model, Confidence = null }).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Min_confidence_applies_to_a_model_short_entry() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m) with { Origin = IntentOrigin.Model, Confidence = 0.5 }).IsApproved.ShouldBeFalse();

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(80)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_rejects_a_minimum_that_is_not_a_fraction_in_zero_to_one(double minimum)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new MinConfidenceGate(minimum));
        error.Message.ShouldContain("The minimum confidence is a fraction in [0, 1]");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Constructor_accepts_the_ends_of_the_range(double minimum) => new MinConfidenceGate(minimum).MinConfidence.ShouldBe(minimum);

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
