using System.Reflection;
using System.Xml.Linq;
using Ouroboros.TestKit;

namespace Ouroboros.ArchitectureTests;

/// <summary>The dependency direction of design.md §2: Domain ← Indicators, Risk ← Core ← MarketData, Analytics ← adapters ← Application ← Hosting ← Cli, Web, Bots.</summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] Base = ["Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk", "Ouroboros.Core"];
    private static readonly string[] Shared = [.. Base, "Ouroboros.MarketData", "Ouroboros.Analytics"];
    private static readonly string[] Adapters =
        ["Ouroboros.Strategies", "Ouroboros.Backtest", "Ouroboros.Live", "Ouroboros.Brokers.Simulated", "Ouroboros.Brokers.Kis", "Ouroboros.Brokers.Bybit", "Ouroboros.Storage.Sqlite", "Ouroboros.Ai"];

    /// <summary>For each project, every Ouroboros project it may reference (directly).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Ouroboros.Domain"] = [],
        ["Ouroboros.Indicators"] = ["Ouroboros.Domain"],
        ["Ouroboros.Risk"] = ["Ouroboros.Domain"],
        ["Ouroboros.Core"] = ["Ouroboros.Domain", "Ouroboros.Indicators", "Ouroboros.Risk"],
        ["Ouroboros.MarketData"] = Base,
        ["Ouroboros.Analytics"] = Base,
        ["Ouroboros.Strategies"] = Shared,
        ["Ouroboros.Brokers.Simulated"] = Shared,
        ["Ouroboros.Brokers.Kis"] = Shared,
        ["Ouroboros.Brokers.Bybit"] = Shared,
        // Runtimes may use the simulated broker (design.md §2).
        ["Ouroboros.Backtest"] = [.. Shared, "Ouroboros.Brokers.Simulated"],
        ["Ouroboros.Live"] = [.. Shared, "Ouroboros.Brokers.Simulated"],
        ["Ouroboros.Storage.Sqlite"] = Shared,
        ["Ouroboros.Ai"] = Shared,
        // Use cases over everything below them; stores only through ports; never a host or a front end.
        ["Ouroboros.Application"] = [.. Shared, .. Adapters.Except(["Ouroboros.Storage.Sqlite"])],
        // Composition: the application and the adapters it wires.
        ["Ouroboros.Hosting"] = [.. Shared, .. Adapters, "Ouroboros.Application"],
        // The REST API: a front end beside the CLI; it calls Application through what Hosting composed.
        ["Ouroboros.Web"] = [.. Shared, .. Adapters, "Ouroboros.Application", "Ouroboros.Hosting"],
        // Chat front ends (design.md §2: beside Cli and Web): commands call Application, alerts are notifier lanes.
        ["Ouroboros.Bots"] = [.. Shared, .. Adapters, "Ouroboros.Application", "Ouroboros.Hosting"],
        // A thin shell: it parses, calls Application through what Hosting composed, and prints; `serve` starts Web and
        // `run` starts the chat front ends in its process, so it may reference both (never the other way round).
        ["Ouroboros.Cli"] = [.. Shared, .. Adapters, "Ouroboros.Application", "Ouroboros.Hosting", "Ouroboros.Web", "Ouroboros.Bots"],
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
        foreach (var a in Adapters)
        {
            var allowed = a is "Ouroboros.Backtest" or "Ouroboros.Live" ? ["Ouroboros.Brokers.Simulated"] : Array.Empty<string>();
            ProjectReferences(a).Intersect(Adapters).Except(allowed).ShouldBeEmpty($"{a} references another adapter");
        }
    }

    [Fact]
    public void Cli_references_only_hosting_application_and_the_front_ends_it_hosts_directly() =>
        ProjectReferences("Ouroboros.Cli").Order(StringComparer.Ordinal).ShouldBe(["Ouroboros.Application", "Ouroboros.Bots", "Ouroboros.Hosting", "Ouroboros.Web"]);

    [Fact]
    public void Web_references_only_hosting_and_application_directly() =>
        ProjectReferences("Ouroboros.Web").Order(StringComparer.Ordinal).ShouldBe(["Ouroboros.Application", "Ouroboros.Hosting"]);

    [Fact]
    public void Nothing_below_the_front_ends_references_bots() =>
        Allowed.Where(p => p.Key is not ("Ouroboros.Cli" or "Ouroboros.Bots")).ShouldAllBe(p => !ProjectReferences(p.Key).Contains("Ouroboros.Bots"));

    [Fact]
    public void Application_never_references_a_host_or_a_front_end() =>
        ProjectReferences("Ouroboros.Application").ShouldNotContain(r => r == "Ouroboros.Hosting" || r == "Ouroboros.Cli" || r == "Ouroboros.Web" || r == "Ouroboros.Bots");

    [Fact]
    public void Risk_never_sees_core_or_adapters() =>
        ProjectReferences("Ouroboros.Risk").ShouldBe(["Ouroboros.Domain"]);

    private static string[] ProjectReferences(string project)
    {
        var csproj = XDocument.Load(Path.Combine(RepoPaths.Src, project, project + ".csproj"));
        return [.. csproj.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))];
    }
}
