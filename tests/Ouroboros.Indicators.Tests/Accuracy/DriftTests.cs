using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Volatility;

namespace Ouroboros.Indicators.Tests.Accuracy;

/// <summary>
/// Running window sums must not drift: after a million updates the streaming value must still equal a fresh
/// recomputation over the window. The series is hostile on purpose: a random walk with rare spikes nine orders of
/// magnitude larger, which is exactly what makes a naive add-new/subtract-old sum lose the small values.
/// </summary>
public sealed class DriftTests
{
    private const int Length = 1_000_000;
    private const double RelativeTolerance = 1e-9;

    [Fact]
    public void Running_sma_equals_a_fresh_recomputation_over_a_million_values()
    {
        const int period = 20;
        var values = HostileSeries();
        var sma = new Sma(period);
        var worst = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sma.Update(values[i]);
            if (i + 1 < period) continue;
            var exact = ExactMean(values.AsSpan(i + 1 - period, period));
            worst = Math.Max(worst, Math.Abs(sma.Value!.Value - exact) / Math.Abs(exact));
        }

        worst.ShouldBeLessThan(RelativeTolerance);
    }

    [Fact]
    public void A_naive_running_sum_would_drift_on_the_same_series()
    {
        // Control experiment: shows the series above really punishes uncompensated sums, so the test has teeth.
        const int period = 20;
        var values = HostileSeries();
        double sum = 0, worst = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
            if (i >= period) sum -= values[i - period];
            if (i + 1 < period) continue;
            var exact = ExactMean(values.AsSpan(i + 1 - period, period));
            worst = Math.Max(worst, Math.Abs((sum / period) - exact) / Math.Abs(exact));
        }

        worst.ShouldBeGreaterThan(RelativeTolerance);
    }

    [Fact]
    public void Running_wma_equals_a_fresh_recomputation_over_a_million_values()
    {
        const int period = 20;
        var values = HostileSeries();
        var wma = new Wma(period);
        var worst = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            wma.Update(values[i]);
            if (i + 1 < period) continue;
            double weighted = 0;
            for (var k = 0; k < period; k++) weighted += (k + 1) * values[i + 1 - period + k];
            var exact = weighted / (period * (period + 1) / 2.0);
            worst = Math.Max(worst, Math.Abs(wma.Value!.Value - exact) / Math.Abs(exact));
        }

        worst.ShouldBeLessThan(RelativeTolerance);
    }

    [Fact]
    public void Running_standard_deviation_equals_a_fresh_recomputation_over_a_million_values()
    {
        const int period = 20;
        var values = HostileSeries();
        var stdev = new StandardDeviation(period);
        var worst = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            stdev.Update(values[i]);
            if (i + 1 < period) continue;
            var window = values.AsSpan(i + 1 - period, period);
            var mean = ExactMean(window);
            double squares = 0;
            foreach (var x in window) squares += (x - mean) * (x - mean);
            var exact = Math.Sqrt(squares / period);
            worst = Math.Max(worst, Math.Abs(stdev.Value!.Value - exact) / exact);
        }

        worst.ShouldBeLessThan(RelativeTolerance);
    }

    /// <summary>Prices around 100 (random walk) with a 1e9 spike roughly every 5,000 bars.</summary>
    private static double[] HostileSeries()
    {
        var random = new Random(20240601);
        var values = new double[Length];
        var price = 100.0;
        for (var i = 0; i < values.Length; i++)
        {
            price = Math.Max(1, price * (1 + ((random.NextDouble() - 0.5) * 0.02)));
            values[i] = random.Next(5_000) == 0 ? 1e9 * (1 + random.NextDouble()) : price;
        }

        return values;
    }

    // Fresh recomputation with its own compensated (Neumaier) sum, so the reference itself is not the weak link.
    private static double ExactMean(ReadOnlySpan<double> window)
    {
        double sum = 0, compensation = 0;
        foreach (var x in window)
        {
            var t = sum + x;
            compensation += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }

        return (sum + compensation) / window.Length;
    }
}
