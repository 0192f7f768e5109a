using Shouldly;
using System.Globalization;

namespace Ouroboros.TestKit.Storage;

public static class DecimalAssertions
{
    /// <summary>Same value and same scale: 1.50m is not exactly 1.5m.</summary>
    public static void ShouldBeExactly(decimal actual, decimal expected)
    {
        actual.ShouldBe(expected);
        actual.Scale.ShouldBe(expected.Scale, $"scale of {expected}");
        actual.ToString(CultureInfo.InvariantCulture).ShouldBe(expected.ToString(CultureInfo.InvariantCulture));
    }
}
