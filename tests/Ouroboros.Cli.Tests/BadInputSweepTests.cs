using System.Text.RegularExpressions;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>
/// Many bad values over every command's options: each is one `error:` line in the user's words and exit code 2, and
/// nothing of .NET (type names, exception names, stack frames) ever reaches the user.
/// </summary>
public sealed partial class BadInputSweepTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");

    private static readonly string[] Money = ["abc", "1e30", "-5", "0", "1000000000000000000000000000", "79228162514264337593543950336", "NaN", "Infinity", "1,000", "", "0x10"];
    private static readonly string[] Whole = ["abc", "-1", "1.5", "1e3", "99999999999", "99999999999999999999999", ""];
    private static readonly string[] Dates = ["abc", "2020-13-01", "2020-02-30", "0001-01-01", "9999-12-31", "01/02/2020", "1899-12-31", ""];
    private static readonly string[] Words = ["xyz", ""];

    /// <summary>The command line before the bad option: every required option given, the journal in {db}.</summary>
    private static readonly Dictionary<string, string[]> Commands = new()
    {
        ["backtest"] = ["backtest", "--strategy", "sma-cross", "--data", Spy, "--no-save", "--db", "{db}"],
        ["indicators"] = ["indicators", "--data", Spy, "--indicator", "sma:5"],
        ["runs list"] = ["runs", "list", "--db", "{db}"],
        ["runs show"] = ["runs", "show", "--db", "{db}"],
        ["risk history"] = ["risk", "history", "--db", "{db}"],
        ["risk halt"] = ["risk", "halt", "--reason", "sweep", "--db", "{db}"],
        ["markets"] = ["markets"],
        ["llm parse-decision"] = ["llm", "parse-decision"],
        ["llm usage"] = ["llm", "usage", "--db", "{db}"],
        ["plan"] = ["plan", "--market", "US", "--data", Spy, "--db", "{db}"],
        ["plan dated"] = ["plan", "--market", "US", "--data", Spy, "--date", "2020-01-02", "--db", "{db}"],
        ["run"] = ["run", "--replay", Spy, "--db", "{db}"],
        ["data check"] = ["data", "check", Spy],
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string command, string option, IEnumerable<string> values)
        {
            foreach (var v in values) data.Add(command, option, v);
        }
        Add("backtest", "--cash", Money);
        Add("backtest", "--commission-pct", ["abc", "1e30", "-1", "11", "NaN", ""]);
        Add("backtest", "--quantity", ["abc", "0", "-1", "1e40", "79228162514264337593543950335", ""]);
        Add("backtest", "--warmup", Whole);
        Add("backtest", "--from", Dates);
        Add("backtest", "--to", Dates);
        Add("backtest", "--fill", Words);
        Add("backtest", "--venue", Words);
        Add("backtest", "--planner", ["gpt"]);
        Add("backtest", "--llm-mode", Words);
        Add("backtest", "--llm-cache", Words);
        Add("backtest", "--sizing", ["bogus", "percent:abc", "percent:1e40", "fixed:-1", "atr:1e30,2", "cash:99999999999999999999999999999999",
            "fixed:79228162514264337593543950335", "atr:1,2,99999999999", "percent:", ""]);
        Add("backtest", "--param", ["fast", "=3", "fast=", "fast=abc", "fast=1e3", "fast=99999999999999999999", "slow=-5", "nosuch=1"]);
        Add("backtest", "--strategy", ["nope"]);
        Add("backtest", "--data", ["no/such/file.csv"]);
        Add("backtest", "--benchmark", ["no/such/file.csv"]);
        Add("indicators", "--from", Dates);
        Add("indicators", "--to", Dates);
        Add("indicators", "--format", ["xml", ""]);
        Add("indicators", "--indicator", ["foo:3", "sma:abc", "sma:99999999999", "bb:20,1e30", "sma:-1", "sma:0", "sma:", ""]);
        Add("runs list", "--limit", [.. Whole, "0"]);
        Add("runs show", "no-such-run", [""]);
        Add("risk history", "--limit", [.. Whole, "0"]);
        Add("risk history", "--scope", ["LSE"]);
        Add("risk halt", "--market", ["LSE", ""]);
        Add("markets", "--at", ["0001-01-01T00:00Z", "9999-12-31T23:59Z", "abc", "2026-13-01T00:00Z", "2026-11-23T25:00Z", "2026-11-23", ""]);
        Add("markets", "--market", ["LSE"]);
        Add("llm parse-decision", "--min-confidence", [.. Whole, "101"]);
        Add("llm usage", "--days", [.. Whole, "0"]);
        Add("llm usage", "--from", Dates);
        Add("llm usage", "--to", Dates);
        Add("plan", "--date", Dates);
        Add("plan dated", "--planner", Words);
        Add("plan dated", "--llm-cache", Words);
        Add("plan dated", "--market", ["Mars"]);
        Add("run", "--cash", Money);
        Add("run", "--days", [.. Whole, "0"]);
        Add("run", "--until", Dates);
        Add("run", "--broker", Words);
        Add("run", "--venue", Words);
        Add("run", "--speed", ["abc", "-1", "0", "1e400", "NaN"]);
        Add("data check", "--venue", ["bybit", "generic", "xyz"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_value_is_one_error_line_in_the_users_words_and_exit_code_2(string command, string option, string value)
    {
        using var tmp = new TempDirectory();
        var args = Commands[command].Select(a => a == "{db}" ? tmp.File("journal.db") : a).ToList();
        if (option.StartsWith('-')) args.AddRange([option, value]);
        else args.Add(option);

        var (code, stdout, stderr) = await InProcessWithInput.RunAsync("{}", [.. args]);

        AssertBadInput(code, stdout, stderr, string.Join(' ', args));
    }

    [Theory]
    [InlineData("backtest", "--from", "2020-01-01", "--to", "2019-01-01")]
    [InlineData("indicators", "--from", "2020-01-01", "--to", "2019-01-01")]
    [InlineData("llm usage", "--from", "2025-03-05", "--to", "2025-03-01")]
    public async Task A_period_that_ends_before_it_starts_names_both_dates_as_dates(string command, string from, string first, string to, string last)
    {
        using var tmp = new TempDirectory();
        string[] args = [.. Commands[command].Select(a => a == "{db}" ? tmp.File("journal.db") : a), from, first, to, last];

        var (code, stdout, stderr) = await InProcess.RunAsync(args);

        AssertBadInput(code, stdout, stderr, string.Join(' ', args));
        stderr.ShouldContain($"--from {first} is after --to {last}");
    }

    [Fact]
    public async Task A_huge_cash_amount_is_refused_before_any_arithmetic_can_overflow()
    {
        var (code, _, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--no-save", "--cash", "1000000000000000000000000000");

        code.ShouldBe(2);
        stderr.Trim().ShouldBe("error: --cash 1000000000000000000000000000 is too large; use a number from 0.01 to 1000000000000000 in plain digits, e.g. --cash 250000");
    }

    [Fact]
    public async Task A_date_beyond_what_ouroboros_handles_says_which_dates_are_allowed()
    {
        var (code, _, stderr) = await InProcess.RunAsync("markets", "--at", "0001-01-01T00:00Z");

        code.ShouldBe(2);
        stderr.ShouldContain("use a date from 1900-01-01 to 2100-12-31");
    }

    internal static void AssertBadInput(int code, string stdout, string stderr, string what)
    {
        var all = stdout + stderr;
        code.ShouldBe(2, $"{what}\n{all}");
        stderr.Split('\n').Count(l => l.StartsWith("error:", StringComparison.Ordinal)).ShouldBe(1, $"{what}\n{stderr}");
        stderr.TrimStart().ShouldStartWith("error: ", customMessage: what);
        foreach (var leak in new[] { "System.", "Exception", "Nullable", "Int32", "Ticks", "un-representable", "(Parameter '" })
            all.ShouldNotContain(leak, Case.Sensitive, what);
        StackFrame().IsMatch(all).ShouldBeFalse($"{what}\n{all}");
    }

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
