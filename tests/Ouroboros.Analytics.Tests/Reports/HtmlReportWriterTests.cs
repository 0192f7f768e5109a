using System.Text.RegularExpressions;
using Ouroboros.Analytics.Reports;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Analytics.Tests.Statistics;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Tests.Reports;

public sealed partial class HtmlReportWriterTests
{
    [GeneratedRegex("""(src|href)\s*=\s*["']?\s*(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [Fact]
    public void The_report_is_one_self_contained_file_with_inline_svg_charts()
    {
        var html = new HtmlReportWriter().Render(SampleRun.Create().Html);

        ExternalReference().IsMatch(html).ShouldBeFalse();
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("@import");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<style>");
        Regex.Count(html, "<svg ").ShouldBe(3); // equity, drawdown, price
        html.ShouldContain("Buy &amp; hold SPY");
    }

    [Fact]
    public void Strings_from_the_input_are_html_escaped()
    {
        const string evil = "<script>alert(1)</script>";
        var html = new HtmlReportWriter().Render(SampleRun.Create(symbol: evil, reason: "x < y & \"z\"").Html);

        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("x &lt; y &amp; &quot;z&quot;");
    }

    [Fact]
    public void Risk_gates_off_is_shown_as_a_prominent_banner()
    {
        var off = new HtmlReportWriter().Render(SampleRun.Create(riskEnabled: false).Html);
        off.ShouldContain("class=\"banner risk-off\"");
        off.ShouldContain("Risk gates: OFF (risk switched off for research)");

        var on = new HtmlReportWriter().Render(SampleRun.Create().Html);
        on.ShouldContain("Risk gates: ON");
        on.ShouldNotContain("Risk gates: OFF");
    }

    [Fact]
    public void Each_fill_of_the_charted_instrument_gets_a_trade_marker_and_each_trade_a_row()
    {
        var (input, data) = SampleRun.Create();
        var html = new HtmlReportWriter().Render(input);

        Regex.Count(html, "class=\"marker\"").ShouldBe(data.Fills.Count);
        html.ShouldContain("<title>BUY ");
        html.ShouldContain("<title>SELL ");
        html.ShouldContain($"Trades <span class=\"muted\">({data.ClosedTrades.Count} closed");
        html.ShouldContain("fat_finger");
        html.ShouldContain("order is 95% of cash (limit 30%)");
        html.ShouldContain("<table class=\"heat\">");
        html.ShouldContain("<th>2023</th>");
    }

    [Fact]
    public void A_million_bar_run_still_produces_a_small_file_with_bounded_chart_series()
    {
        var points = LargeCurveTests.RandomWalk(1_000_000);
        var data = StatisticsInput.ForCurve(points, 1_000_000m, BarInterval.OneMinute, tradesAroundTheClock: true);
        var input = new HtmlReportInput(new RunInfo("walk", new Dictionary<string, string>(), "synthetic", true),
            StatisticsCalculator.Compute(data), data, []);
        var html = new HtmlReportWriter().Render(input);

        html.Length.ShouldBeLessThan(500_000);
        foreach (Match polyline in Regex.Matches(html, "points=\"([^\"]*)\""))
            polyline.Groups[1].Value.Split(' ').Length.ShouldBeLessThanOrEqualTo(Downsampler.DefaultMaxPoints);
    }

    [Fact]
    public void An_empty_run_renders_without_charts_failing()
    {
        var data = StatisticsInput.ForCurve([], 1000m, BarInterval.OneDay);
        var input = new HtmlReportInput(new RunInfo("none", new Dictionary<string, string>(), "nothing", true), StatisticsCalculator.Compute(data), data, []);
        var html = new HtmlReportWriter().Render(input);
        html.ShouldContain("No data to chart.");
        html.ShouldContain("No trades.");
    }
}
