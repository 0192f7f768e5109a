using Ouroboros.Domain.Venues;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData;

/// <summary>
/// Reads OHLCV CSV files (Yahoo, KRX, Binance klines, backtrader, Skender; see <see cref="CsvLayout.AcceptedLayouts"/>)
/// straight from UTF-8 bytes, validates every row and throws one <see cref="MarketDataException"/> listing all problems.
/// Prices are the file's OHLC; an adjusted-close column is kept apart and used only when asked.
/// </summary>
public static class CsvBarReader
{
    /// <summary>Reads a file into a series for the venue in <paramref name="options"/> (Generic by default).</summary>
    public static BarSeries Read(string path, CsvReadOptions? options = null)
    {
        options ??= new CsvReadOptions();
        var parsed = ReadParsed(path, options);
        var instrument = VenueRules.Instrument(options.Venue, parsed.Symbol, options.AssetClass);
        return parsed.ToSeries(instrument, path);
    }

    /// <summary>Reads and validates a file without attaching an instrument.</summary>
    public static ParsedBars ReadParsed(string path, CsvReadOptions? options = null)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new MarketDataException(path, "file not found");
        }
        return Parse(content, path, options);
    }

    /// <summary>Parses file content; <paramref name="path"/> names the file in messages and gives the default symbol.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParsedBars Parse(ReadOnlySpan<byte> content, string path, CsvReadOptions? options = null)
    {
        options ??= new CsvReadOptions();
        var problems = new ProblemCollector(path);
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        var headerEnd = content.IndexOf((byte)'\n');
        var headerBytes = TrimCr(headerEnd < 0 ? content : content[..headerEnd]);
        if (headerBytes.Trim(" \t"u8).IsEmpty)
            throw new MarketDataException(path, "the file is empty (no header row)");

        var layout = CsvHeaderParser.TryParse(Encoding.UTF8.GetString(headerBytes), out var headerError);
        if (layout is null) throw new MarketDataException(path, [new MarketDataProblem(1, headerError!)], 1);

        var body = layout.HasHeader ? (headerEnd < 0 ? [] : content[(headerEnd + 1)..]) : content;
        var capacity = body.Count((byte)'\n') + 1;
        var bars = new Bar[capacity];
        var adj = layout.HasAdjustedClose ? new decimal[capacity] : null;
        var state = new RowState { Line = layout.HasHeader ? 1 : 0, DatesOnly = true };

        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'\n');
            var line = TrimCr(end < 0 ? body : body[..end]);
            body = end < 0 ? [] : body[(end + 1)..];
            state.Line++;
            if (line.Trim(" \t"u8).IsEmpty) continue;
            ParseRow(line, layout, problems, ref state, bars, adj);
        }

        if (state.Rows > 2 && state.OutOfOrder == state.Rows - 1)
            problems.AddSummary("the rows are in descending time order; sort the file oldest first");
        if (state.Count == 0 && !problems.Any) problems.Add(null, "no data rows after the header");
        problems.ThrowIfAny();

        Array.Resize(ref bars, state.Count);
        if (adj is not null) Array.Resize(ref adj, state.Count);
        var interval = options.Interval ?? IntervalInference.Infer(bars, state.DatesOnly)
            ?? throw new MarketDataException(path, "cannot infer the bar interval from a single timestamped bar; pass an interval");
        var symbol = options.Symbol ?? SymbolInference.FromFileName(path);
        return new ParsedBars(symbol, interval, layout.Kind, bars, adj);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseRow(ReadOnlySpan<byte> line, CsvLayout layout, ProblemCollector problems, ref RowState state, Bar[] bars, decimal[]? adj)
    {
        var columns = line.Count((byte)',') + 1;
        if (columns != layout.ColumnCount)
        {
            problems.Add(state.Line, $"expected {layout.ColumnCount} columns{(layout.HasHeader ? " as in the header" : "")} but found {columns}");
            return;
        }

        long ticks = 0;
        bool dateOnly = false, ok = true;
        decimal open = 0, high = 0, low = 0, close = 0, volume = 0, adjClose = 0;
        var rest = line;
        for (var col = 0; col < columns; col++)
        {
            var comma = rest.IndexOf((byte)',');
            var field = Trim(comma < 0 ? rest : rest[..comma]);
            rest = comma < 0 ? [] : rest[(comma + 1)..];
            if (col == layout.Time)
            {
                if (!Utf8TimeParser.TryParse(field, out ticks, out dateOnly) || ticks < 0 || ticks > DateTime.MaxValue.Ticks)
                {
                    problems.Add(state.Line, $"time '{Text(field)}' is not a date, date-time or epoch timestamp");
                    ok = false;
                }
            }
            else if (col == layout.Open) ok &= Number(field, "open", ref open, problems, state.Line);
            else if (col == layout.High) ok &= Number(field, "high", ref high, problems, state.Line);
            else if (col == layout.Low) ok &= Number(field, "low", ref low, problems, state.Line);
            else if (col == layout.Close) ok &= Number(field, "close", ref close, problems, state.Line);
            else if (col == layout.Volume) ok &= Number(field, "volume", ref volume, problems, state.Line);
            else if (col == layout.AdjClose) ok &= Number(field, "adjusted close", ref adjClose, problems, state.Line);
        }
        if (!ok) return;

        var bar = new Bar(new DateTimeOffset(ticks, TimeSpan.Zero), open, high, low, close, volume);
        BarValidator.Check(bar, state.Line, problems);
        if (layout.HasAdjustedClose && adjClose <= 0)
            problems.Add(state.Line, $"adjusted close {adjClose} is not positive");
        CheckOrder(ticks, dateOnly, problems, ref state);

        state.DatesOnly &= dateOnly;
        if (problems.Any) return; // the file will be rejected; keep scanning only to report every problem
        bars[state.Count] = bar;
        if (adj is not null) adj[state.Count] = adjClose;
        state.Count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckOrder(long ticks, bool dateOnly, ProblemCollector problems, ref RowState state)
    {
        if (state.PreviousLine > 0)
        {
            if (ticks == state.PreviousTicks)
                problems.Add(state.Line, $"duplicate timestamp {FormatTime(ticks, dateOnly)} (also on line {state.PreviousLine})");
            else if (ticks < state.PreviousTicks)
            {
                problems.Add(state.Line, $"timestamp {FormatTime(ticks, dateOnly)} is before {FormatTime(state.PreviousTicks, state.PreviousDateOnly)} on line {state.PreviousLine}; rows must be in ascending time order");
                state.OutOfOrder++;
            }
        }
        state.PreviousTicks = ticks;
        state.PreviousLine = state.Line;
        state.PreviousDateOnly = dateOnly;
        state.Rows++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Number(ReadOnlySpan<byte> field, string name, ref decimal value, ProblemCollector problems, int line)
    {
        if (Utf8DecimalParser.TryParse(field, out value)) return true;
        problems.Add(line, field.IsEmpty ? $"{name} is empty" : $"{name} '{Text(field)}' is not a number");
        return false;
    }

    private static string FormatTime(long ticks, bool dateOnly) => dateOnly
        ? new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field.Length > 40 ? field[..40] : field);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field) => field.Trim(" \t\""u8);

    private struct RowState
    {
        public int Line;
        public int Count;
        public int Rows;
        public int OutOfOrder;
        public int PreviousLine;
        public long PreviousTicks;
        public bool DatesOnly;
        public bool PreviousDateOnly;
    }
}
