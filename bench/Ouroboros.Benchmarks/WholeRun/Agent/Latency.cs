namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>Median, 99th percentile and maximum of many samples.</summary>
public readonly record struct Latency(double Median, double P99, double Max, int Samples)
{
    public static Latency Of(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0) return new Latency(double.NaN, double.NaN, double.NaN, 0);
        var s = samples.Order().ToArray();
        double At(double q) => s[Math.Min(s.Length - 1, (int)Math.Ceiling(q * s.Length) - 1)];
        return new Latency(Summary.Of(s).Median, At(0.99), s[^1], s.Length);
    }
}
