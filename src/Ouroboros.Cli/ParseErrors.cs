using System.Text.RegularExpressions;

namespace Ouroboros.Cli;

/// <summary>
/// System.CommandLine's own parse errors as one line. Options that take numbers, dates or choices check their values
/// themselves (Commands/ValueOption); this is the net under them: a message that would name a .NET type is reworded.
/// </summary>
public static partial class ParseErrors
{
    public static string Describe(IEnumerable<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var line = string.Join("; ", messages.Select(Reword).Distinct(StringComparer.Ordinal));
        // The options' own checks end in an example; the library's messages (unknown option, missing value) point to help.
        return line.Contains("e.g.", StringComparison.Ordinal) ? line : line + "; run with --help to see the commands and options";
    }

    private static string Reword(string message)
    {
        var typed = TypeError().Match(message);
        if (typed.Success)
            return $"{typed.Groups["option"].Value} '{typed.Groups["value"].Value}' is not a value it accepts; see {typed.Groups["option"].Value} in --help";
        return message.ReplaceLineEndings(" ").TrimEnd('.');
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command|argument) '(?<option>[^']*)' as expected type '[^']*'\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeError();
}
