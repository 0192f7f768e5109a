using Ouroboros.MarketData;
using Ouroboros.TestKit;

namespace Ouroboros.MarketData.Tests;

public sealed class CsvValidationTests
{
    private const string Header = "date,open,high,low,close,volume\n";

    private static MarketDataException Reject(string body, string header = Header, string name = "bad-ABC-daily.csv")
    {
        using var dir = new TempDirectory();
        var file = dir.Write(name, header + body);
        var ex = Should.Throw<MarketDataException>(() => CsvBarReader.ReadParsed(file));
        ex.Path.ShouldBe(file);
        ex.Message.ShouldContain(name);
        return ex;
    }

    [Fact]
    public void Reader_reports_file_line_and_problem_for_high_below_close()
    {
        var ex = Reject("2021-01-04,10,11,9,10.5,100\n2021-01-05,10,11,9,12,100\n");

        ex.Problems.ShouldHaveSingleItem().ShouldBe(new MarketDataProblem(3, "high 11 is below close 12"));
        ex.Message.ShouldContain("bad-ABC-daily.csv");
        ex.Message.ShouldContain("line 3: high 11 is below close 12");
    }

    [Fact]
    public void Reader_reports_low_above_open()
    {
        var ex = Reject("2021-01-04,10,11,10.5,10.8,100\n");

        ex.Problems.ShouldHaveSingleItem().ShouldBe(new MarketDataProblem(2, "low 10.5 is above open 10"));
    }

    [Fact]
    public void Reader_reports_non_positive_prices_and_negative_volume()
    {
        var ex = Reject("2021-01-04,0,11,9,10,100\n2021-01-05,10,11,-9,10,100\n2021-01-06,10,11,9,10,-5\n");

        ex.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "line 2: open 0 is not positive",
            "line 3: low -9 is not positive",
            "line 4: volume -5 is negative",
        ]);
    }

    [Fact]
    public void Reader_reports_duplicate_timestamps_with_both_lines()
    {
        var ex = Reject("2021-01-04,10,11,9,10,100\n2021-01-05,10,11,9,10,100\n2021-01-05,10,11,9,10,100\n");

        ex.Problems.ShouldHaveSingleItem().ShouldBe(new MarketDataProblem(4, "duplicate timestamp 2021-01-05 (also on line 3)"));
    }

    [Fact]
    public void Reader_reports_out_of_order_timestamps()
    {
        var ex = Reject("2021-01-04,10,11,9,10,100\n2021-01-06,10,11,9,10,100\n2021-01-05,10,11,9,10,100\n2021-01-07,10,11,9,10,100\n");

        ex.Problems.ShouldHaveSingleItem().ToString()
            .ShouldBe("line 4: timestamp 2021-01-05 is before 2021-01-06 on line 3; rows must be in ascending time order");
    }

    [Fact]
    public void Reader_reports_out_of_order_epoch_timestamps_with_their_utc_time()
    {
        var ex = Reject("1613520900000,1,2,1,2,5\n1613520000000,1,2,1,2,5\n", header: "timestamp_ms,open,high,low,close,volume\n");

        ex.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("timestamp 2021-02-17 00:00:00Z is before 2021-02-17 00:15:00Z on line 2");
    }

    [Fact]
    public void Reader_reports_non_numeric_and_empty_fields_and_bad_dates()
    {
        var ex = Reject("2021-01-04,abc,11,9,10,100\n2021-01-05,10,,9,10,100\n2021-13-45,10,11,9,10,100\n2021-01-07,10,11,9,10,null\n");

        ex.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "line 2: open 'abc' is not a number",
            "line 3: high is empty",
            "line 4: time '2021-13-45' is not a date, date-time or epoch timestamp",
            "line 5: volume 'null' is not a number",
        ]);
    }

    [Fact]
    public void Reader_reports_wrong_column_count()
    {
        var ex = Reject("2021-01-04,10,11,9,10,100\n2021-01-05,10,11,9,10\n2021-01-06,10,11,9,10,100,7\n");

        ex.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "line 3: expected 6 columns as in the header but found 5",
            "line 4: expected 6 columns as in the header but found 7",
        ]);
    }

    [Fact]
    public void Reader_rejects_an_unknown_header_and_lists_the_accepted_layouts()
    {
        var ex = Reject("2021-01-04,10,100\n", header: "day,price,qty\n");

        var problem = ex.Problems.ShouldHaveSingleItem();
        problem.Line.ShouldBe(1);
        problem.Message.ShouldContain("unknown header 'day,price,qty'");
        problem.Message.ShouldContain("missing column(s) date/timestamp, open, high, low, close, volume");
        foreach (var layout in new[] { "Yahoo", "KRX / Skender", "backtrader", "Binance klines" }) ex.Message.ShouldContain(layout);
    }

    [Fact]
    public void Reader_lists_all_problems_of_a_file_at_once()
    {
        var ex = Reject(
            "2021-01-04,10,9,8,8.5,100\n" + // high below open
            "2021-01-05,10,11,9,10,-1\n" + // negative volume
            "2021-01-05,10,11,9,10,1\n" + // duplicate
            "2021-01-06,x,11,9,10,1\n"); // not a number

        ex.TotalProblems.ShouldBe(4);
        ex.Problems.Select(p => p.Line).ShouldBe([2, 3, 4, 5]);
        ex.Message.ShouldStartWith(ex.Path + ": 4 problems");
    }

    [Fact]
    public void Reader_lists_the_first_twenty_problems_and_counts_the_rest()
    {
        var body = string.Concat(Enumerable.Range(1, 25).Select(d => $"2021-01-{d:00},10,9,8,8.5,100\n"));

        var ex = Reject(body);

        ex.TotalProblems.ShouldBe(25);
        ex.Problems.Count.ShouldBe(ProblemCollector.Cap);
        ex.Message.ShouldEndWith("and 5 more");
    }

    [Fact]
    public void Reader_rejects_an_empty_file_and_a_file_without_rows()
    {
        Reject("", header: "").Message.ShouldContain("the file is empty");
        Reject("").Message.ShouldContain("no data rows");
    }

    [Fact]
    public void Reader_reports_a_missing_file_by_name()
    {
        var ex = Should.Throw<MarketDataException>(() => CsvBarReader.ReadParsed("/nonexistent/yahoo-XYZ-daily.csv"));

        ex.Message.ShouldBe("/nonexistent/yahoo-XYZ-daily.csv: file not found");
    }
}
