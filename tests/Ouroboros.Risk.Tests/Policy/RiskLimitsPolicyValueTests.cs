using Ouroboros.Risk.Policy;

namespace Ouroboros.Risk.Tests.Policy;

/// <summary>PolicyValue is the inverse of building limits from the policy: every key comes back in its own unit.</summary>
public sealed class RiskLimitsPolicyValueTests
{
    [Fact]
    public void Every_hard_limit_reads_back_as_its_policy_value()
    {
        foreach (var limit in RiskPolicy.Limits)
            RiskPolicy.Hard.PolicyValue(limit.Key).ShouldBe(limit.Hard, limit.Key);
    }

    [Fact]
    public void Tightened_limits_read_back_as_configured_and_unknown_keys_are_null()
    {
        var tightened = RiskPolicy.Tighten(new Dictionary<string, string>
        {
            ["FatFingerPct"] = "20", ["MinConfidence"] = "85", ["ReentryCooldownMinutes"] = "90", ["AllowExitsWhenHalted"] = "false",
        }, out var problems);

        problems.ShouldBeEmpty();
        tightened.PolicyValue("FatFingerPct").ShouldBe(20m);
        tightened.PolicyValue("MinConfidence").ShouldBe(85m);
        tightened.PolicyValue("ReentryCooldownMinutes").ShouldBe(90m);
        tightened.PolicyValue("AllowExitsWhenHalted").ShouldBe(0m);
        tightened.PolicyValue("NoSuchLimit").ShouldBeNull();
    }
}
