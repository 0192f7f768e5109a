using Ouroboros.Application.Brain;
using Ouroboros.Application.Sessions;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Strategies;

namespace Ouroboros.Application.Tests.Sessions;

/// <summary>The session seam: until a session host exists every request says so and changes nothing.</summary>
public sealed class SessionOperationsTests
{
    private static readonly SessionOperations Sessions = new(new NoSessionHost(), BrainStrategies.Registry());

    private static StartSessionRequest Start(string mode = "paper", string strategy = "sma-cross") =>
        new(mode, strategy, new Dictionary<string, string>(), ["KRX"], "test:ops");

    [Fact]
    public async Task Every_session_request_answers_that_no_session_host_runs_in_this_process()
    {
        SessionResult[] answers =
        [
            await Sessions.StatusAsync(),
            await Sessions.StartAsync(Start()),
            await Sessions.StopAsync(new StopSessionRequest("end of day", "test:ops")),
            await Sessions.ApproveAsync(new ApproveOrderRequest("ord-1", "test:ops")),
        ];

        answers.ShouldAllBe(a => a.Outcome == SessionOutcome.NoSessionHost && !a.Done && a.Session == null);
        answers.ShouldAllBe(a => a.Message.Contains("no session host is running in this process"));
    }

    [Fact]
    public async Task Bad_session_requests_are_refused_as_user_errors_before_reaching_the_host()
    {
        (await Should.ThrowAsync<InvalidInputException>(() => Sessions.StartAsync(Start(mode: "demo")))).Input.ShouldBe("mode");
        await Should.ThrowAsync<StrategyConfigurationException>(() => Sessions.StartAsync(Start(strategy: "nope")));
        (await Should.ThrowAsync<InvalidInputException>(() => Sessions.StopAsync(new StopSessionRequest(" ", "t")))).Input.ShouldBe("reason");
        (await Should.ThrowAsync<InvalidInputException>(() => Sessions.ApproveAsync(new ApproveOrderRequest("", "t")))).Input.ShouldBe("order");
    }
}
