using System.Reflection;
using System.Text.RegularExpressions;
using Ouroboros.TestKit;

namespace Ouroboros.ArchitectureTests;

/// <summary>House rules from AGENTS.md that the compiler does not check by itself.</summary>
public sealed partial class HouseRulesTests
{
    private static readonly string[] Assemblies =
        ["Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk", "Ouroboros.Core", "Ouroboros.Strategies", "Ouroboros.Ai", "Ouroboros.Backtest", "Ouroboros.Live", "Ouroboros.MarketData", "Ouroboros.Analytics", "Ouroboros.Brokers.Simulated", "Ouroboros.Brokers.Kis", "Ouroboros.Brokers.Bybit", "Ouroboros.Storage.Sqlite", "Ouroboros.Application", "Ouroboros.Hosting", "Ouroboros.Web", "Ouroboros.Bots", "ouroboros"];

    [Fact]
    public void Concrete_classes_are_sealed_or_static()
    {
        var open = Assemblies.Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsNested && t.Namespace?.StartsWith("Ouroboros", StringComparison.Ordinal) == true)
            .Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        open.ShouldBeEmpty("seal these classes (or make them abstract/static)");
    }

    [Fact]
    public void Source_never_reads_the_wall_clock()
    {
        var offenders = SourceFiles().Where(f => WallClock().IsMatch(File.ReadAllText(f))).ToList();
        offenders.ShouldBeEmpty("use the injected TimeProvider");
    }

    [Fact]
    public void Every_source_project_has_a_readme()
    {
        foreach (var dir in Directory.GetDirectories(RepoPaths.Src))
            File.Exists(Path.Combine(dir, "README.md")).ShouldBeTrue($"{Path.GetFileName(dir)} needs a README.md saying what it is for");
    }

    [Fact]
    public void Every_source_project_has_a_test_project()
    {
        foreach (var dir in Directory.GetDirectories(RepoPaths.Src))
        {
            var name = Path.GetFileName(dir);
            Directory.Exists(Path.Combine(RepoPaths.Root, "tests", name + ".Tests")).ShouldBeTrue($"{name} needs tests/{name}.Tests");
        }
    }

    [Fact]
    public void No_source_file_exceeds_500_lines()
    {
        var big = SourceFiles().Where(f => File.ReadLines(f).Count() > 500).ToList();
        big.ShouldBeEmpty("split files over 500 lines");
    }

    private static IEnumerable<string> SourceFiles() => Directory.EnumerateFiles(RepoPaths.Src, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex WallClock();
}
