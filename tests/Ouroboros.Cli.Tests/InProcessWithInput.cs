namespace Ouroboros.Cli.Tests;

/// <summary>Runs the CLI's entry point in this process with the given text on stdin and captured output.</summary>
internal static class InProcessWithInput
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, input);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
