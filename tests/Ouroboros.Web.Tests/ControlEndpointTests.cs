using System.Net;
using System.Net.Http.Json;

namespace Ouroboros.Web.Tests;

/// <summary>Halt, resume and kill: only with the token, CSRF-safe with the browser session, rate-limited, journaled with who did it.</summary>
[Collection(JournalCollection.Name)]
public sealed class ControlEndpointTests(JournalFixture journal) : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(journal.Journal);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token-0123456789-abcdefghij")]
    [InlineData("")]
    public async Task A_control_without_the_right_token_is_refused_and_changes_nothing(string? bearer)
    {
        using var client = _server.Client(bearer);
        var before = await StatesAsync();
        foreach (var action in new[] { "halt", "resume", "kill" })
        {
            using var response = await client.PostAsJsonAsync($"/api/trading-states/{action}", new { market = "KRX", reason = "test" });
            var detail = await Answers.ProblemAsync(response, 401);
            detail.ShouldContain("token");
            response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        }
        (await StatesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_halt_with_the_token_is_journaled_with_who_did_it_and_a_resume_undoes_it()
    {
        using var client = _server.Client();
        var halted = await Answers.JsonAsync(await client.PostAsJsonAsync("/api/trading-states/halt", new { market = "KRX", reason = "exchange outage drill" }));
        halted.GetProperty("changed").GetBoolean().ShouldBeTrue();
        halted.GetProperty("transition").GetProperty("to").GetString().ShouldBe("HALTED");
        (await StatesAsync()).ShouldContain("KRX=HALTED");

        var history = await Answers.JsonAsync(await client.GetAsync("/api/trading-states/history?scope=KRX&limit=1"));
        var last = history.GetProperty("items")[0];
        last.GetProperty("reason").GetString().ShouldBe("exchange outage drill");
        last.GetProperty("actor").GetString().ShouldBe("web (bearer token) from 127.0.0.1");

        var again = await Answers.JsonAsync(await client.PostAsJsonAsync("/api/trading-states/halt", new { market = "KRX", reason = "twice" }));
        again.GetProperty("changed").GetBoolean().ShouldBeFalse();

        var resumed = await Answers.JsonAsync(await client.PostAsJsonAsync("/api/trading-states/resume", new { market = "KRX", reason = "drill over" }));
        resumed.GetProperty("transition").GetProperty("to").GetString().ShouldBe("ACTIVE");
        (await StatesAsync()).ShouldNotContain("KRX=HALTED");
    }

    [Fact]
    public async Task A_control_without_a_reason_with_an_unknown_market_or_without_json_is_a_problem()
    {
        using var client = _server.Client();
        (await Answers.ProblemAsync(await client.PostAsJsonAsync("/api/trading-states/halt", new { market = "KRX" }), 400)).ShouldContain("reason");
        (await Answers.ProblemAsync(await client.PostAsJsonAsync("/api/trading-states/halt", new { market = "MOON", reason = "x" }), 400)).ShouldContain("MOON");
        using var notJson = new StringContent("halt it", System.Text.Encoding.UTF8, "text/plain");
        (await Answers.ProblemAsync(await client.PostAsync("/api/trading-states/halt", notJson), 415)).ShouldContain("application/json");
        using var badJson = new StringContent("{\"market\": ", System.Text.Encoding.UTF8, "application/json");
        (await Answers.ProblemAsync(await client.PostAsync("/api/trading-states/halt", badJson), 400)).ShouldContain("JSON object");
    }

    [Fact]
    public async Task The_token_address_opens_a_session_cookie_that_is_not_the_token_and_changes_need_the_csrf_header()
    {
        var cookies = new CookieContainer();
        using var browser = _server.Client(bearer: null, cookies);
        using var open = await browser.GetAsync($"/api/status?token={RunningServer.Token}&x=1");
        open.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        open.Headers.Location!.ToString().ShouldBe("/api/status?x=1");
        (await Answers.EverythingAsync(open)).ShouldNotContain(RunningServer.Token);
        cookies.GetCookies(_server.Address).Single().Value.ShouldNotContain(RunningServer.Token);

        (await Answers.JsonAsync(await browser.GetAsync("/api/status"))).ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object);

        var refused = await Answers.ProblemAsync(await browser.PostAsJsonAsync("/api/trading-states/halt", new { market = "NYSE", reason = "csrf" }), 403);
        refused.ShouldContain("X-Ouroboros-Csrf");

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/trading-states/halt") { Content = JsonContent.Create(new { market = "NYSE", reason = "csrf" }) };
        forged.Headers.Add("X-Ouroboros-Csrf", "1");
        forged.Headers.Add("Origin", "http://evil.example");
        (await Answers.ProblemAsync(await browser.SendAsync(forged), 403)).ShouldContain("evil.example");
        (await StatesAsync()).ShouldNotContain("NYSE=HALTED");

        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/trading-states/halt") { Content = JsonContent.Create(new { market = "NYSE", reason = "from the page" }) };
        own.Headers.Add("X-Ouroboros-Csrf", "1");
        var halted = await Answers.JsonAsync(await browser.SendAsync(own));
        halted.GetProperty("transition").GetProperty("actor").GetString().ShouldBe("web (browser session) from 127.0.0.1");
        using var api = _server.Client();
        await Answers.JsonAsync(await api.PostAsJsonAsync("/api/trading-states/resume", new { market = "NYSE", reason = "put back" }));
    }

    [Fact]
    public async Task A_wrong_token_in_the_address_sets_no_cookie()
    {
        var cookies = new CookieContainer();
        using var browser = _server.Client(bearer: null, cookies);
        await Answers.ProblemAsync(await browser.GetAsync("/?token=guess-guess-guess-guess"), 401);
        cookies.GetCookies(_server.Address).ShouldBeEmpty();
        await Answers.ProblemAsync(await browser.GetAsync("/api/status"), 401);
    }

    [Fact]
    public async Task Health_and_readiness_answer_without_the_token_and_nothing_else_does()
    {
        using var anonymous = _server.Client(bearer: null);
        (await anonymous.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Answers.ProblemAsync(await anonymous.GetAsync("/api/status"), 401);
        await Answers.ProblemAsync(await anonymous.GetAsync("/openapi/v1.json"), 401);
    }

    [Fact]
    public async Task Controls_beyond_the_rate_limit_are_refused_with_429()
    {
        await using var strict = await RunningServer.StartAsync(journal.Journal, controlPermitsPerMinute: 2);
        using var client = strict.Client();
        for (var i = 0; i < 2; i++)
            await Answers.JsonAsync(await client.PostAsJsonAsync("/api/trading-states/resume", new { market = "HKEX", reason = "already active" }));
        var detail = await Answers.ProblemAsync(await client.PostAsJsonAsync("/api/trading-states/halt", new { market = "HKEX", reason = "one too many" }), 429);
        detail.ShouldContain("2 control requests a minute");
        (await StatesAsync()).ShouldNotContain("HKEX=HALTED");
    }

    private async Task<string> StatesAsync()
    {
        using var client = _server.Client();
        var status = await Answers.JsonAsync(await client.GetAsync("/api/trading-states"));
        return string.Join(",", status.GetProperty("states").EnumerateArray().Select(s => $"{s.GetProperty("scope").GetString()}={s.GetProperty("state").GetString()}"));
    }
}
