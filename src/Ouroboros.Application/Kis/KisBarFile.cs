using System.Globalization;
using System.Text;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Kis;

/// <summary>
/// The CSV a KIS download writes, in the layout the backtester reads (MarketData: <c>date,open,high,low,close,volume</c>,
/// oldest first): daily bars dated <c>yyyy-MM-dd</c>, minute bars at their UTC time <c>yyyy-MM-ddTHH:mm:ssZ</c>. Rows
/// are appended and flushed window by window, so a failure keeps what arrived; <see cref="LastTime"/> is where a rerun
/// continues.
/// </summary>
public static class KisBarFile
{
    public const string Header = "date,open,high,low,close,volume";

    /// <summary>
    /// The time of the last bar of an existing file (daily: midnight UTC of its date); null when the file does not exist
    /// or has only the header. Bad input naming «out» when the file is not in this layout.
    /// </summary>
    public static DateTimeOffset? LastTime(string path)
    {
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return null;
        if (!string.Equals(lines[0].TrimStart('\uFEFF'), Header, StringComparison.OrdinalIgnoreCase))
            throw new InvalidInputException("out", $"«out» {path} exists but is not a bar file this download writes (its first line is not '{Header}'): choose another file, or move it away to start afresh.");
        if (lines.Count == 1) return null;
        var last = lines[^1].Split(',')[0];
        if (DateTimeOffset.TryParse(last, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return time;
        throw new InvalidInputException("out", $"«out» {path}: the last row's time '{last}' cannot be read, so the download cannot continue after it: repair or move the file.");
    }

    /// <summary>Appends bars (oldest first), writing the header first into a new or empty file, and flushes them to disk.</summary>
    public static void Append(string path, IReadOnlyList<KisFetchedBar> bars, bool intraday)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var needsHeader = !File.Exists(path) || new FileInfo(path).Length == 0;
        var text = new StringBuilder();
        if (needsHeader) text.Append(Header).Append('\n');
        foreach (var bar in bars)
        {
            text.Append(intraday
                    ? bar.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : bar.Time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(',').Append(Num(bar.Open)).Append(',').Append(Num(bar.High)).Append(',').Append(Num(bar.Low))
                .Append(',').Append(Num(bar.Close)).Append(',').Append(Num(bar.Volume)).Append('\n');
        }
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    private static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
