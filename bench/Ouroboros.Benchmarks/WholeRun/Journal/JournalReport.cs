using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ouroboros.Benchmarks.WholeRun.Journal;

/// <summary>Save, open and growth of one journal format over the measured runs.</summary>
public sealed record Figures(Summary SaveMs, Summary OpenMs, Summary SaveCpuMs, Summary OpenCpuMs, Summary BytesPerPoint, Summary CurveBytesPerPoint)
{
    internal static Figures Of(IReadOnlyList<JournalBench.Sample> samples) => new(
        Summary.Of([.. samples.Select(s => s.SaveMs)]), Summary.Of([.. samples.Select(s => s.OpenMs)]),
        Summary.Of([.. samples.Select(s => s.SaveCpuMs)]), Summary.Of([.. samples.Select(s => s.OpenCpuMs)]),
        Summary.Of([.. samples.Select(s => s.BytesPerPoint)]), Summary.Of([.. samples.Select(s => s.CurveBytesPerPoint)]));
}

/// <summary>What `ouroboros bench journal` measured: the columnar blob ("after") against rows ("before"), alternating.</summary>
public sealed record JournalReport(int Bars, int Orders, int Fills, int Trades, int EquityPoints, Figures Blob, Figures Rows,
    Summary SaveRatio, Summary OpenRatio, int Cores, string LoadAverage)
{
    public string Text()
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"journal: W1 run of {Bars:N0} bars ({Orders:N0} orders, {Fills:N0} fills, {Trades:N0} trades, {EquityPoints:N0} equity points); {Blob.SaveMs.Runs} measured pairs; {Cores} cores, load {LoadAverage}");
        b.AppendLine("                      save ms wall [min-max] / CPU     open ms wall [min-max] / CPU     journal bytes per equity point (curve alone)");
        Line(b, "blob (this build)", Blob, Blob.CurveBytesPerPoint.Median);
        // The rows' curve alone: the rows journal's growth less what the blob journal grew by outside its blob.
        Line(b, "rows (schema 8)", Rows, Rows.BytesPerPoint.Median - (Blob.BytesPerPoint.Median - Blob.CurveBytesPerPoint.Median));
        b.AppendLine(c, $"CPU ratio blob/rows   save {SaveRatio.Median:F3} [{SaveRatio.Min:F3}-{SaveRatio.Max:F3}]   open {OpenRatio.Median:F3} [{OpenRatio.Min:F3}-{OpenRatio.Max:F3}]   (per pair, median)");
        return b.ToString();
    }

    public string Json() => JsonSerializer.Serialize(new
    {
        bars = Bars, orders = Orders, fills = Fills, trades = Trades, equity_points = EquityPoints, cores = Cores, load_average = LoadAverage,
        blob = Figure(Blob), rows = Figure(Rows), save_ratio = SaveRatio, open_ratio = OpenRatio,
    });

    private static object Figure(Figures f) => new
    {
        save_ms = f.SaveMs, open_ms = f.OpenMs, save_cpu_ms = f.SaveCpuMs, open_cpu_ms = f.OpenCpuMs, bytes_per_point = f.BytesPerPoint,
        curve_bytes_per_point = f.CurveBytesPerPoint,
    };

    private static void Line(StringBuilder b, string name, Figures f, double curveBytes) => b.AppendLine(CultureInfo.InvariantCulture,
        $"{name,-20}  {f.SaveMs.Median,8:F1} [{f.SaveMs.Min:F0}-{f.SaveMs.Max:F0}] / {f.SaveCpuMs.Median:F0}   {f.OpenMs.Median,8:F1} [{f.OpenMs.Min:F0}-{f.OpenMs.Max:F0}] / {f.OpenCpuMs.Median:F0}   {f.BytesPerPoint.Median,8:F2} ({curveBytes:F2})");
}
