using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Risk.Tests.Policy;

/// <summary>The embedded hard limits, and configuration that may only tighten them (legacy environment names included).</summary>
public sealed class RiskPolicyTests
{
    private static RiskLimits Tighten(out IReadOnlyList<string> problems, params (string Key, string Value)[] configured) =>
        RiskPolicy.Tighten(configured.ToDictionary(c => c.Key, c => c.Value), out problems);

    private static RiskLimits TightenCleanly(params (string Key, string Value)[] configured)
    {
        var limits = Tighten(out var problems, configured);
        problems.ShouldBeEmpty();
        return limits;
    }

    [Fact]
    public void The_embedded_policy_loads_with_unique_keys_and_descriptions()
    {
        RiskPolicy.Limits.Count.ShouldBeGreaterThanOrEqualTo(30);
        RiskPolicy.Limits.Select(l => l.Key).ShouldBeUnique(StringComparer.OrdinalIgnoreCase);
        RiskPolicy.Limits.ShouldAllBe(l => !string.IsNullOrWhiteSpace(l.Description));
    }

    [Fact]
    public void Every_hard_value_is_within_its_sane_range_and_passes_its_own_check()
    {
        foreach (var limit in RiskPolicy.Limits)
        {
            limit.Min.ShouldBeLessThanOrEqualTo(limit.Hard, limit.Key);
            limit.Hard.ShouldBeLessThanOrEqualTo(limit.Max, limit.Key);
            limit.Check(limit.Hard).ShouldBeNull(limit.Key);
        }
    }

    [Fact]
    public void The_hard_limits_are_the_policy_file_values_as_fractions_and_durations()
    {
        var hard = RiskPolicy.Hard;

        hard.CircuitBreaker.ShouldBe(-0.03m);
        hard.FatFingerFractionOfCash.ShouldBe(0.30m);
        hard.MinConfidence.ShouldBe(0.80);
        hard.MaxPositionFraction.ShouldBe(0.15m);
        hard.MaxExposureFraction.ShouldBe(0.80m);
        hard.DailyLossLimit.ShouldBe(-0.05m);
        hard.StopLoss.ShouldBe(-0.02m);
        hard.TrailingStop.ShouldBe(0.03m);
        hard.TakeProfit.ShouldBe(0.06m);
        hard.VixHaltLevel.ShouldBe(35m);
        hard.VixMaxAge.ShouldBe(TimeSpan.FromDays(4));
        hard.MaxNotional.ShouldBe(new Dictionary<Currency, decimal> { [Currency.KRW] = 100_000_000m, [Currency.USD] = 100_000m, [Currency.USDT] = 100_000m });
        hard.ReentryCooldown.ShouldBe(TimeSpan.FromMinutes(60));
        hard.LosingStreakLength.ShouldBe(3);
        hard.LosingStreakPause.ShouldBe(TimeSpan.FromDays(1));
        hard.MaxOrdersPerDay.ShouldBe(50);
        hard.MaxOrdersPerMinute.ShouldBe(10);
        hard.VarLimitFraction.ShouldBe(0.05m);
        hard.VarLookbackDays.ShouldBe(250);
        hard.VarMinObservations.ShouldBe(20);
        hard.StrategyRiskBudgetFraction.ShouldBe(0.02m);
        hard.NavFloorFraction.ShouldBe(0.80m);
        hard.MaxLeverage.ShouldBe(3m);
        hard.MaxMarginLossFraction.ShouldBe(0.06m);
        hard.PriceBandFraction.ShouldBe(0.30m);
        hard.BlackoutAfterOpen.ShouldBe(TimeSpan.FromMinutes(5));
        hard.BlackoutBeforeClose.ShouldBe(TimeSpan.FromMinutes(5));
        hard.AllowExitsWhenHalted.ShouldBeTrue();
        hard.EntryDroughtAlert.ShouldBe(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Tightening_with_nothing_configured_gives_the_hard_limits()
    {
        var limits = TightenCleanly();

        limits.ShouldBe(RiskPolicy.Hard with { MaxNotional = limits.MaxNotional });
        limits.MaxNotional.ShouldBe(RiskPolicy.Hard.MaxNotional);
    }

    [Fact]
    public void Stricter_values_are_applied_whatever_the_case_of_the_key()
    {
        var limits = TightenCleanly(("CircuitBreakerPct", "-2"), ("fatfingerpct", "10"), ("MinConfidence", "90"), ("MaxNotional:USD", "5000"),
            ("ReentryCooldownMinutes", "120"), ("VixHaltLevel", "25.5"), ("AllowExitsWhenHalted", "false"), ("TakeProfitPct", "40"));

        limits.CircuitBreaker.ShouldBe(-0.02m);
        limits.FatFingerFractionOfCash.ShouldBe(0.10m);
        limits.MinConfidence.ShouldBe(0.90, 1e-12);
        limits.MaxNotional[Currency.USD].ShouldBe(5_000m);
        limits.MaxNotional[Currency.KRW].ShouldBe(100_000_000m);
        limits.ReentryCooldown.ShouldBe(TimeSpan.FromHours(2));
        limits.VixHaltLevel.ShouldBe(25.5m);
        limits.AllowExitsWhenHalted.ShouldBeFalse();
        limits.TakeProfit.ShouldBe(0.40m);
        limits.DailyLossLimit.ShouldBe(-0.05m);
    }

    [Fact]
    public void Looser_values_are_all_reported_at_once_naming_the_key_the_hard_and_the_configured_value_and_are_not_applied()
    {
        var limits = Tighten(out var problems, ("CircuitBreakerPct", "-4"), ("FatFingerPct", "50"), ("MinConfidence", "70"), ("AllowExitsWhenHalted", "true"));

        problems.ShouldBe([
            "Risk:CircuitBreakerPct = -4: looser than the hard limit -3 in the risk policy (only values ≥ -3 are allowed)",
            "Risk:FatFingerPct = 50: looser than the hard limit 30 in the risk policy (only values ≤ 30 are allowed)",
            "Risk:MinConfidence = 70: looser than the hard limit 80 in the risk policy (only values ≥ 80 are allowed)",
        ]);
        limits.CircuitBreaker.ShouldBe(-0.03m);
        limits.FatFingerFractionOfCash.ShouldBe(0.30m);
        limits.MinConfidence.ShouldBe(0.80);
    }

    [Theory]
    [InlineData("FatFingerPct", "0", "Risk:FatFingerPct = 0: outside the sane range 0.01 to 100")]
    [InlineData("CircuitBreakerPct", "3", "Risk:CircuitBreakerPct = 3: outside the sane range -100 to -0.01")]
    [InlineData("TakeProfitPct", "2000", "Risk:TakeProfitPct = 2000: outside the sane range 0.01 to 1000")]
    [InlineData("MaxNotional:KRW", "200000000", "Risk:MaxNotional:KRW = 200000000: looser than the hard limit 100000000 in the risk policy (only values ≤ 100000000 are allowed)")]
    public void A_value_outside_the_sane_range_or_looser_than_hard_is_reported(string key, string value, string problem)
    {
        Tighten(out var problems, (key, value));

        problems.ShouldBe([problem]);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("-2.5")]
    public void The_legacy_max_loss_percent_is_a_positive_loss_that_becomes_a_negative_circuit_breaker(string value) =>
        TightenCleanly(("MAX_LOSS_PCT", value)).CircuitBreaker.ShouldBe(-0.025m);

    [Fact]
    public void The_legacy_order_and_confidence_names_map_to_fat_finger_and_min_confidence()
    {
        var limits = TightenCleanly(("MAX_ORDER_PCT", "20"), ("confidence_threshold", "85"));

        limits.FatFingerFractionOfCash.ShouldBe(0.20m);
        limits.MinConfidence.ShouldBe(0.85, 1e-12);
    }

    [Fact]
    public void A_looser_legacy_value_is_reported_under_its_legacy_name()
    {
        Tighten(out var problems, ("MAX_LOSS_PCT", "4"));

        problems.ShouldBe(["MAX_LOSS_PCT (legacy name of Risk:CircuitBreakerPct): Risk:CircuitBreakerPct = -4: looser than the hard limit -3 in the risk policy (only values ≥ -3 are allowed)"]);
    }

    [Theory]
    [InlineData("CircuitBreakerPct", "-2.5", "MAX_LOSS_PCT", "2", -0.02)]
    [InlineData("MAX_LOSS_PCT", "2", "CircuitBreakerPct", "-2.5", -0.02)]
    [InlineData("CircuitBreakerPct", "-1.5", "MAX_LOSS_PCT", "2", -0.015)]
    [InlineData("FatFingerPct", "20", "MAX_ORDER_PCT", "25", 0.20)]
    [InlineData("MAX_ORDER_PCT", "15", "FatFingerPct", "25", 0.15)]
    [InlineData("MinConfidence", "85", "CONFIDENCE_THRESHOLD", "90", 0.90)]
    [InlineData("CONFIDENCE_THRESHOLD", "95", "MinConfidence", "90", 0.95)]
    public void When_the_legacy_and_the_new_name_are_both_set_the_stricter_wins(string firstKey, string first, string secondKey, string second, double expected)
    {
        var limits = TightenCleanly((firstKey, first), (secondKey, second));

        var limit = RiskPolicy.Limits.Single(l => l.Key == firstKey || l.LegacyEnvironmentVariable == firstKey).Key;
        var actual = limit switch
        {
            "CircuitBreakerPct" => (double)limits.CircuitBreaker,
            "FatFingerPct" => (double)limits.FatFingerFractionOfCash,
            _ => limits.MinConfidence,
        };
        actual.ShouldBe(expected, 1e-12);
    }

    [Fact]
    public void Unknown_keys_and_values_that_are_not_numbers_are_reported_alongside_each_other()
    {
        var limits = Tighten(out var problems, ("MaxOrdersPerHour", "5"), ("FatFingerPct", "ten"), ("AllowExitsWhenHalted", "maybe"),
            ("MAX_LOSS_PCT", "2%"), ("MaxOrdersPerDay", "20"));

        problems.Count.ShouldBe(4);
        problems[0].ShouldStartWith("unknown risk limit 'MaxOrdersPerHour' (known: CircuitBreakerPct, FatFingerPct, ");
        problems[1].ShouldBe("Risk:FatFingerPct = 'ten' is not a number");
        problems[2].ShouldBe("Risk:AllowExitsWhenHalted = 'maybe' is not true or false");
        problems[3].ShouldBe("MAX_LOSS_PCT = '2%' is not a number");
        limits.MaxOrdersPerDay.ShouldBe(20);
    }

    [Fact]
    public void Find_refuses_a_key_the_policy_does_not_have()
    {
        RiskPolicy.Find("fatfingerpct").Key.ShouldBe("FatFingerPct");
        Should.Throw<KeyNotFoundException>(() => RiskPolicy.Find("NoSuchLimit")).Message.ShouldContain("NoSuchLimit");
    }

    [Fact]
    public void A_boolean_limit_shows_its_values_as_true_and_false()
    {
        var limit = RiskPolicy.Find("AllowExitsWhenHalted");

        limit.IsBoolean.ShouldBeTrue();
        limit.Check(0m).ShouldBeNull();
        limit.Check(2m).ShouldBe("Risk:AllowExitsWhenHalted = true: outside the sane range false to true");
    }
}
