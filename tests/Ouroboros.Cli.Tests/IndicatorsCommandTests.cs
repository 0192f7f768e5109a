using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

public sealed class IndicatorsCommandTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");

    [Fact]
    public async Task Csv_has_a_date_column_and_one_column_per_indicator_line()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("indicators", "--data", Spy, "--indicator", "sma:30", "--indicator", "rsi:14",
            "--indicator", "bb:20,2", "--indicator", "macd:12,26,9", "--indicator", "stoch:14,3,3", "--indicator", "atr:14");
        code.ShouldBe(0, stderr);
        var lines = stdout.Trim().Split('\n');
        lines[0].ShouldBe("date,sma:30,rsi:14,\"bb:20,2.upper\",\"bb:20,2.middle\",\"bb:20,2.lower\",\"macd:12,26,9.macd\",\"macd:12,26,9.signal\",\"macd:12,26,9.histogram\",\"stoch:14,3,3.k\",\"stoch:14,3,3.d\",atr:14");
        lines.Length.ShouldBe(5036 + 1);
        lines[1].ShouldStartWith("2003-01-07,,");
    }

    [Fact]
    public async Task Sma_column_equals_the_mean_of_the_last_30_closes()
    {
        var (code, stdout, _) = await InProcess.RunAsync("indicators", "--data", Spy, "--indicator", "sma:30", "--format", "json");
        code.ShouldBe(0);
        using var doc = JsonDocument.Parse(stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        rows[28].GetProperty("sma:30").ValueKind.ShouldBe(JsonValueKind.Null);
        var closes = File.ReadLines(Spy).Skip(1).Take(30).Select(l => double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture)).ToArray();
        rows[29].GetProperty("sma:30").GetDouble().ShouldBe(closes.Average(), 1e-9);
    }

    [Fact]
    public async Task Csv_is_rfc_4180_so_a_csv_reader_sees_as_many_fields_in_every_row_as_in_the_header()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("indicators", "--data", Spy, "--indicator", "bb:20,2", "--indicator", "macd:12,26,9",
            "--indicator", "sma:30", "--to", "2004-12-31");
        code.ShouldBe(0, stderr);

        using var csv = CsvReader.FromText(stdout, new CsvReaderOptions());
        csv.ReadHeader();
        csv.Headers.ShouldBe(["date", "bb:20,2.upper", "bb:20,2.middle", "bb:20,2.lower", "macd:12,26,9.macd", "macd:12,26,9.signal", "macd:12,26,9.histogram", "sma:30"]);
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            csv.FieldCount.ShouldBe(8, $"row {rows}");
            DateOnly.ParseExact(csv.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture).Year.ShouldBeLessThanOrEqualTo(2004);
            if (rows > 40) double.Parse(csv.GetString(7), CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        }
        rows.ShouldBeGreaterThan(400);
    }

    [Fact]
    public async Task Unknown_indicator_lists_the_valid_ones()
    {
        var (code, _, stderr) = await InProcess.RunAsync("indicators", "--data", Spy, "--indicator", "foo:3");
        code.ShouldBe(2);
        stderr.ShouldContain("foo");
        stderr.ShouldContain("sma");
    }
}
