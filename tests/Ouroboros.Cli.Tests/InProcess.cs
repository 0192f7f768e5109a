namespace Ouroboros.Cli.Tests;

/// <summary>Runs the CLI's entry point in this process with captured output.</summary>
internal static class InProcess
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
