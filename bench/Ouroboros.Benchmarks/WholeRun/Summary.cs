namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>Median, minimum and maximum of the measured runs of one figure.</summary>
public readonly record struct Summary(double Median, double Min, double Max, int Runs)
{
    public static Summary Of(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0) throw new ArgumentException("No samples.", nameof(samples));
        var sorted = samples.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        return new Summary(median, sorted[0], sorted[^1], n);
    }
}
