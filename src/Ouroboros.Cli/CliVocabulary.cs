using Ouroboros.Core.Errors;

namespace Ouroboros.Cli;

/// <summary>
/// How the CLI names the inputs that lower layers name neutrally in a <see cref="UserException"/>: «warmup» is the
/// --warmup flag. Every neutral name is its flag without the dashes; this is the one place that would say otherwise.
/// </summary>
public static class CliVocabulary
{
    public static string Flag(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return "--" + input;
    }

    /// <summary>The error's message as this CLI says it.</summary>
    public static string Describe(UserException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Describe(Flag);
    }
}
