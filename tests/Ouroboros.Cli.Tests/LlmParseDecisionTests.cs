using System.Text.Json;

namespace Ouroboros.Cli.Tests;

/// <summary>`ouroboros llm parse-decision`: one raw model answer on stdin, the normalised decision as JSON on stdout.</summary>
public sealed class LlmParseDecisionTests
{
    [Fact]
    public async Task A_fenced_answer_is_printed_as_the_normalised_decision()
    {
        var (code, stdout, stderr) = await InProcessWithInput.RunAsync(
            "Here you go:\n```json\n{\"Action\": \"long\", \"confidence\": \"85%\", \"reasoning\": \"breakout\", \"size\": \"25%\",}\n```\n",
            "llm", "parse-decision");

        code.ShouldBe(0, stderr);
        stdout.Trim().ShouldBe("""{"action":"BUY","confidence":85,"rationale":"breakout","valid":true,"reason":null,"size":0.25}""");
    }

    [Fact]
    public async Task An_unusable_answer_is_still_a_result_printed_as_an_invalid_hold_with_exit_code_0()
    {
        var (code, stdout, stderr) = await InProcessWithInput.RunAsync("I'd buy, honestly.", "llm", "parse-decision");

        code.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("action").GetString().ShouldBe("HOLD");
        json.RootElement.GetProperty("confidence").GetInt32().ShouldBe(0);
        json.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("reason").GetString().ShouldBe("no JSON object with an action found");
    }

    [Fact]
    public async Task The_confidence_threshold_can_be_set_on_the_command_line()
    {
        const string answer = """{"action":"SELL","confidence":70,"rationale":"weak"}""";

        var (_, byDefault, _) = await InProcessWithInput.RunAsync(answer, "llm", "parse-decision");
        var (_, lowered, _) = await InProcessWithInput.RunAsync(answer, "llm", "parse-decision", "--min-confidence", "60");

        byDefault.ShouldContain("\"action\":\"HOLD\"");
        byDefault.ShouldContain("confidence 70 below threshold 80");
        lowered.ShouldContain("\"action\":\"SELL\"");
    }

    [Fact]
    public async Task Two_answers_with_different_actions_are_printed_as_an_invalid_hold_naming_both()
    {
        var (code, stdout, stderr) = await InProcessWithInput.RunAsync("""{"action":"buy","confidence":95} {"action":"sell","confidence":95}""", "llm", "parse-decision");

        code.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("action").GetString().ShouldBe("HOLD");
        doc.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
        doc.RootElement.GetProperty("reason").GetString().ShouldBe("conflicting actions in one answer: two JSON objects say BUY and SELL");
    }

    [Fact]
    public async Task A_threshold_outside_0_to_100_is_bad_input()
    {
        var (code, stdout, stderr) = await InProcessWithInput.RunAsync("{}", "llm", "parse-decision", "--min-confidence", "101");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldStartWith("error: --min-confidence 101 is too large; use a whole number from 0 to 100");
    }

    [Fact]
    public async Task An_oversized_answer_is_refused_as_too_long()
    {
        var (code, stdout, _) = await InProcessWithInput.RunAsync(new string('{', 100_000), "llm", "parse-decision");

        code.ShouldBe(0);
        stdout.ShouldContain("answer too long");
    }
}
