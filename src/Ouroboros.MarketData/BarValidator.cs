using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>Checks one bar and reports every inconsistency with its line number.</summary>
public static class BarValidator
{
    /// <summary>Adds a problem per inconsistency; returns true when the bar is consistent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Check(in Bar bar, int line, ProblemCollector problems)
    {
        var ok = true;
        ok &= Positive(bar.Open, "open", line, problems);
        ok &= Positive(bar.High, "high", line, problems);
        ok &= Positive(bar.Low, "low", line, problems);
        ok &= Positive(bar.Close, "close", line, problems);
        if (bar.Volume < 0)
        {
            problems.Add(line, $"volume {bar.Volume} is negative");
            ok = false;
        }
        if (!ok) return false;
        if (bar.High < bar.Open) Fail(ref ok, problems, line, $"high {bar.High} is below open {bar.Open}");
        if (bar.High < bar.Close) Fail(ref ok, problems, line, $"high {bar.High} is below close {bar.Close}");
        if (bar.Low > bar.Open) Fail(ref ok, problems, line, $"low {bar.Low} is above open {bar.Open}");
        if (bar.Low > bar.Close) Fail(ref ok, problems, line, $"low {bar.Low} is above close {bar.Close}");
        if (ok && bar.High < bar.Low) Fail(ref ok, problems, line, $"high {bar.High} is below low {bar.Low}");
        return ok;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Positive(decimal value, string name, int line, ProblemCollector problems)
    {
        if (value > 0) return true;
        problems.Add(line, $"{name} {value} is not positive");
        return false;
    }

    private static void Fail(ref bool ok, ProblemCollector problems, int line, string message)
    {
        ok = false;
        problems.Add(line, message);
    }
}
