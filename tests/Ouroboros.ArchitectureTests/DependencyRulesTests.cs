using System.Reflection;
using System.Xml.Linq;
using Ouroboros.TestKit;

namespace Ouroboros.ArchitectureTests;

/// <summary>The dependency direction of design.md §2: Domain ← Indicators, Risk ← Core ← adapters ← Hosting ← Cli.</summary>
public sealed class DependencyRulesTests
{
    /// <summary>For each project, every Ouroboros project it may reference (directly).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Ouroboros.Domain"] = [],
        ["Ouroboros.Indicators"] = ["Ouroboros.Domain"],
        ["Ouroboros.Risk"] = ["Ouroboros.Domain"],
        ["Ouroboros.Core"] = ["Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk"],
        ["Ouroboros.Strategies"] = ["Ouroboros.Core", "Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk"],
        ["Ouroboros.Backtest"] = ["Ouroboros.Core", "Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk"],
        ["Ouroboros.Storage"] = ["Ouroboros.Core", "Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk"],
        ["Ouroboros.Ai"] = ["Ouroboros.Core", "Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk"],
        ["Ouroboros.Hosting"] = ["Ouroboros.Core", "Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk", "Ouroboros.Strategies", "Ouroboros.Backtest", "Ouroboros.Storage", "Ouroboros.Ai"],
        ["Ouroboros.Cli"] = ["Ouroboros.Hosting", "Ouroboros.Core", "Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk", "Ouroboros.Strategies", "Ouroboros.Backtest", "Ouroboros.Storage", "Ouroboros.Ai"],
    };

    public static TheoryData<string> Projects() => [.. Directory.GetDirectories(RepoPaths.Src).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_references_only_projects_below_it(string project)
    {
        Allowed.ShouldContainKey(project, $"{project} is not in the dependency table; add it to design.md §2 and this test");
        var refs = ProjectReferences(project);
        foreach (var r in refs)
            Allowed[project].ShouldContain(r, $"{project} must not reference {r}");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Compiled_assembly_references_only_allowed_projects(string project)
    {
        var assembly = project == "Ouroboros.Cli" ? Assembly.Load("ouroboros") : Assembly.Load(project);
        var ours = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Ouroboros.", StringComparison.Ordinal));
        foreach (var r in ours)
            Allowed[project].ShouldContain(r, $"{project}.dll references {r}");
    }

    [Fact]
    public void Domain_references_no_package()
    {
        var csproj = XDocument.Load(Path.Combine(RepoPaths.Src, "Ouroboros.Domain", "Ouroboros.Domain.csproj"));
        csproj.Descendants("PackageReference").ShouldBeEmpty();
        var refs = typeof(Domain.Bars.Bar).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        refs.Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib").ShouldBeEmpty();
    }

    [Fact]
    public void Adapters_never_reference_each_other()
    {
        string[] adapters = ["Ouroboros.Strategies", "Ouroboros.Backtest", "Ouroboros.Storage", "Ouroboros.Ai"];
        foreach (var a in adapters)
            ProjectReferences(a).Intersect(adapters).ShouldBeEmpty($"{a} references another adapter");
    }

    [Fact]
    public void Risk_never_sees_core_or_adapters() =>
        ProjectReferences("Ouroboros.Risk").ShouldBe(["Ouroboros.Domain"]);

    private static string[] ProjectReferences(string project)
    {
        var csproj = XDocument.Load(Path.Combine(RepoPaths.Src, project, project + ".csproj"));
        return [.. csproj.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))];
    }
}
