using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>The real CLI as a child process from the repository root (where the bundled data lives).</summary>
internal static class AgentCli
{
    public static Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null) =>
        CliRunner.RunAsync(args, environment);

    /// <summary>The one JSON object `run --json` prints, failing with what the process printed when it is not one.</summary>
    public static JsonElement Summary(CliResult result)
    {
        result.ExitCode.ShouldBeOneOf([0, 130], result.Stderr);
        var text = result.Stdout.Trim();
        text.Split('\n').Length.ShouldBe(1, $"expected one JSON line, got: {result.Stdout}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>The running agents `status --json` reports.</summary>
    public static async Task<IReadOnlyList<JsonElement>> RunningAsync(SmallReplay replay)
    {
        var status = await RunAsync(replay.On("status", "--json"));
        status.ExitCode.ShouldBe(0, status.Stderr);
        using var doc = JsonDocument.Parse(status.Stdout);
        return [.. doc.RootElement.GetProperty("running").EnumerateArray().Select(e => e.Clone())];
    }
}
