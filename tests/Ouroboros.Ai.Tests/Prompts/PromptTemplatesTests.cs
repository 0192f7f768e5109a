using Ouroboros.Ai.Prompts;
using Ouroboros.TestKit;

namespace Ouroboros.Ai.Tests.Prompts;

public sealed class PromptTemplatesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    // A directory inside the temp one, created by the tests that need it, so "no override directory" stays testable.
    private string _dir => _temp.File("templates");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_embedded_default_loads_and_uses_only_known_placeholders()
    {
        foreach (var kind in PromptKinds.All)
        {
            var template = new PromptTemplates().Load(kind);
            template.System.ShouldContain("{{schema_hint}}");
            template.SystemSource.ShouldStartWith("embedded:");
        }
        new PromptTemplates().Load(PromptKind.Playbook).System.ShouldContain("{{vocabulary}}");
    }

    [Fact]
    public void A_file_in_the_override_directory_replaces_only_its_own_part()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "decision.user.md"), "Custom for {{market}} at {{local_time}}");
        var template = new PromptTemplates(_dir).Load(PromptKind.Decision);

        template.User.ShouldBe("Custom for {{market}} at {{local_time}}");
        template.UserSource.ShouldBe(Path.Combine(_dir, "decision.user.md"));
        template.SystemSource.ShouldBe("embedded:decision.system.md");

        var context = PromptContextBuilder.Build("KRX", new DateTimeOffset(2025, 3, 9, 23, 30, 0, TimeSpan.Zero), []);
        new PromptComposer(new PromptTemplates(_dir)).Build(PromptKind.Decision, context).User.ShouldBe("Custom for KRX at 2025-03-10 08:30 KST Mon");
    }

    [Fact]
    public void Unknown_placeholders_are_an_error_that_lists_each_one_with_its_file()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "playbook.system.md"), "{{market}} {{bogus}}");
        File.WriteAllText(Path.Combine(_dir, "playbook.user.md"), "{{ also_bad }} {{instruments}} {{bogus}}");

        var e = Should.Throw<PromptTemplateException>(() => new PromptTemplates(_dir).Load(PromptKind.Playbook));
        e.Message.ShouldContain(Path.Combine(_dir, "playbook.system.md") + ": unknown placeholder {{bogus}}");
        e.Message.ShouldContain(Path.Combine(_dir, "playbook.user.md") + ": unknown placeholder {{also_bad}}");
        e.Message.ShouldContain(Path.Combine(_dir, "playbook.user.md") + ": unknown placeholder {{bogus}}");
    }

    [Fact]
    public void Exported_defaults_are_the_embedded_texts_and_existing_edits_are_kept()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "decision.system.md"), "mine {{market}}");
        var written = PromptTemplates.ExportDefaults(_dir);

        written.Count.ShouldBe(5);
        File.ReadAllText(Path.Combine(_dir, "decision.system.md")).ShouldBe("mine {{market}}");
        File.ReadAllText(Path.Combine(_dir, "playbook.user.md")).ShouldBe(PromptTemplates.Default("playbook.user.md"));
        foreach (var kind in PromptKinds.All) Should.NotThrow(() => new PromptTemplates(_dir).Load(kind));
    }

    [Fact]
    public void Placeholder_values_are_substituted_once_so_text_in_memory_cannot_expand_another_placeholder()
    {
        var context = PromptContextBuilder.Build("KRX", new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero), [], memory: ["remember {{risk_limits}}"]);
        var prompt = new PromptComposer().Build(PromptKind.Decision, context);
        prompt.User.ShouldContain("- remember {{risk_limits}}");
    }
}
