using System.Text.RegularExpressions;
using Ouroboros.TestKit;

namespace Ouroboros.ArchitectureTests;

/// <summary>
/// Nothing below the CLI speaks CLI (design.md §2): messages name inputs neutrally as «name» and the CLI renders them
/// as flags. A flag-like token (--word) in a string literal of any other source project fails here with its place.
/// </summary>
public sealed partial class NoCliVocabularyTests
{
    [Fact]
    public void No_string_literal_outside_the_cli_names_a_cli_flag()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Src, file).Replace('\\', '/');
            if (relative.StartsWith("Ouroboros.Cli/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)
                || relative.Contains("/bin/", StringComparison.Ordinal))
                continue;
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match literal in StringLiteral().Matches(line))
                {
                    if (Flag().Match(literal.Value) is { Success: true } flag)
                        offenders.Add($"src/{relative}:{number}: {flag.Value} in {literal.Value}");
                }
            }
        }
        offenders.ShouldBeEmpty("name inputs as «name» (e.g. «warmup») in messages below the CLI; the CLI renders them as flags");
    }

    [Fact]
    public void The_scan_finds_a_flag_in_a_literal_and_ignores_comments_and_placeholders()
    {
        StringLiteral().Matches("throw new X(\"pass --data FILE\"); // --data").Select(m => m.Value).ShouldBe(["\"pass --data FILE\""]);
        Flag().IsMatch("\"pass --data FILE\"").ShouldBeTrue();
        Flag().IsMatch("\"pass «data» FILE, 2020-01-01--02\"").ShouldBeFalse();
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("(?<![\\w-])--[a-z][a-z-]*")]
    private static partial Regex Flag();
}
