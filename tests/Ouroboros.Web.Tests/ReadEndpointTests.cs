using System.Text.Json;

namespace Ouroboros.Web.Tests;

/// <summary>Every read endpoint answers from a journal written by a real backtest and a real agent session.</summary>
[Collection(JournalCollection.Name)]
public sealed class ReadEndpointTests(JournalFixture journal) : IAsyncLifetime
{
    private RunningServer _server = null!;

    public static TheoryData<string> Paths() =>
    [
        "/", "/health", "/ready", "/openapi/v1.json",
        "/api/status", "/api/account", "/api/positions", "/api/orders", "/api/fills", "/api/equity", "/api/notifications", "/api/sessions",
        "/api/runs", "/api/trades", "/api/decisions", "/api/risk-events", "/api/performance",
        "/api/trading-states", "/api/trading-states/history",
        "/api/llm/calls", "/api/llm/cost", "/api/llm/cost?by=task", "/api/llm/cost?by=model",
        "/api/markets", "/api/markets?market=KRX&at=2026-03-18T01:00:00Z", "/api/calendars?market=KRX",
        "/api/playbooks", "/api/scenarios/active",
    ];

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(journal.Journal);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_read_endpoint_answers_with_the_token(string path)
    {
        using var client = _server.Client();
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, $"{path}: {text}");
        text.ShouldNotContain(RunningServer.Token);
    }

    [Fact]
    public async Task The_agent_session_shows_its_orders_fills_equity_and_account()
    {
        using var client = _server.Client();
        var orders = await Answers.JsonAsync(await client.GetAsync("/api/orders?limit=5"));
        orders.GetProperty("total").GetInt32().ShouldBeGreaterThan(0, "the replay traded");
        orders.GetProperty("items").GetArrayLength().ShouldBeLessThanOrEqualTo(5);
        orders.GetProperty("items")[0].GetProperty("request").GetProperty("instrument").GetString()!.ShouldStartWith("KRX:");

        var fills = await Answers.JsonAsync(await client.GetAsync("/api/fills"));
        fills.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);

        var equity = await Answers.JsonAsync(await client.GetAsync("/api/equity"));
        equity.GetProperty("total").GetInt32().ShouldBeGreaterThan(1);

        var account = await Answers.JsonAsync(await client.GetAsync("/api/account"));
        account.GetProperty("equity").GetDecimal().ShouldBeGreaterThan(0m);
        account.GetProperty("cash").ValueKind.ShouldBe(JsonValueKind.Number);
        (account.GetProperty("equity").GetDecimal() - account.GetProperty("start_equity").GetDecimal()).ShouldBe(account.GetProperty("pnl_total").GetDecimal());
    }

    [Fact]
    public async Task Paging_returns_the_asked_slice_with_the_total()
    {
        using var client = _server.Client();
        var all = await Answers.JsonAsync(await client.GetAsync("/api/orders?limit=1000"));
        var total = all.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(2);
        var page = await Answers.JsonAsync(await client.GetAsync("/api/orders?limit=2&offset=1"));
        page.GetProperty("total").GetInt32().ShouldBe(total);
        page.GetProperty("offset").GetInt32().ShouldBe(1);
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        page.GetProperty("items")[0].GetRawText().ShouldBe(all.GetProperty("items")[1].GetRawText());
    }

    [Fact]
    public async Task The_stored_backtest_answers_with_its_trades_decisions_report_and_orders()
    {
        using var client = _server.Client();
        var runs = await Answers.JsonAsync(await client.GetAsync("/api/runs?kind=backtest"));
        runs.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain(journal.RunId);

        var show = await Answers.JsonAsync(await client.GetAsync($"/api/runs/{journal.RunId}"));
        show.GetProperty("trades").GetInt32().ShouldBeGreaterThan(0);

        var trades = await Answers.JsonAsync(await client.GetAsync($"/api/trades?run={journal.RunId}"));
        trades.GetProperty("total").GetInt32().ShouldBe(show.GetProperty("trades").GetInt32());

        var decisions = await Answers.JsonAsync(await client.GetAsync($"/api/decisions?run={journal.RunId}&approved=true"));
        decisions.GetProperty("items").EnumerateArray().ShouldAllBe(d => d.GetProperty("approved").GetBoolean());

        var orders = await Answers.JsonAsync(await client.GetAsync($"/api/orders?run={journal.RunId}&instrument=nothing-like-this"));
        orders.GetProperty("total").GetInt32().ShouldBe(0);

        using var report = await client.GetAsync($"/api/runs/{journal.RunId}/report");
        report.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await report.Content.ReadAsStringAsync()).ShouldContain(journal.RunId);
    }

    [Fact]
    public async Task The_playbooks_the_agent_planned_answer_by_date_and_market()
    {
        using var client = _server.Client();
        var list = await Answers.JsonAsync(await client.GetAsync("/api/playbooks?market=KRX&limit=1"));
        list.GetProperty("items").GetArrayLength().ShouldBe(1, "the playbook agent plans every trading day");
        var date = list.GetProperty("items")[0].GetProperty("date").GetString();
        var day = await Answers.JsonAsync(await client.GetAsync($"/api/playbook/{date}?market=krx"));
        day.GetArrayLength().ShouldBe(1);
        day[0].GetProperty("market").GetString().ShouldBe("KRX");
    }

    [Theory]
    [InlineData("/api/orders?limit=abc", "limit")]
    [InlineData("/api/orders?limit=0", "limit")]
    [InlineData("/api/fills?limit=100000", "limit")]
    [InlineData("/api/runs?offset=-1", "offset")]
    [InlineData("/api/decisions?approved=maybe", "approved")]
    [InlineData("/api/llm/cost?by=week", "by")]
    [InlineData("/api/llm/calls?days=0", "days")]
    [InlineData("/api/playbooks?date=18-03-2026", "date")]
    [InlineData("/api/playbooks?market=MOON", "market")]
    [InlineData("/api/markets?at=yesterday", "at")]
    [InlineData("/api/trading-states/history?scope=MOON", "scope")]
    public async Task A_bad_page_or_filter_is_a_problem_naming_the_parameter(string path, string parameter)
    {
        using var client = _server.Client();
        var detail = await Answers.ProblemAsync(await client.GetAsync(path), 400);
        detail.ShouldContain(parameter);
        detail.ShouldNotContain("Exception");
        detail.ShouldNotContain("System.");
    }

    [Theory]
    [InlineData("/api/runs/bt-no-such-run")]
    [InlineData("/api/orders?session=no-such-session")]
    [InlineData("/api/scorecard/2026-03-18")]
    [InlineData("/api/context/L3")]
    [InlineData("/api/playbook/1999-01-04")]
    [InlineData("/api/no-such-endpoint")]
    public async Task What_is_not_there_is_a_404_problem(string path)
    {
        using var client = _server.Client();
        var detail = await Answers.ProblemAsync(await client.GetAsync(path), 404);
        detail.ShouldNotBeNullOrWhiteSpace();
        detail.ShouldNotContain("Exception");
    }
}
