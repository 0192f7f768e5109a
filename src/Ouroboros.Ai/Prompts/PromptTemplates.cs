namespace Ouroboros.Ai.Prompts;

/// <summary>
/// Loads template pairs: <c>&lt;dir&gt;/&lt;name&gt;.system.md</c> and <c>&lt;dir&gt;/&lt;name&gt;.user.md</c> from the override
/// directory when they exist (each part separately), otherwise the defaults embedded in this assembly. Every loaded part
/// is checked: unknown placeholders are an error that lists each one with its file.
/// </summary>
public sealed class PromptTemplates
{
    private const string ResourcePrefix = "Ouroboros.Ai.Prompts.Templates.";

    private readonly string? _overrideDirectory;

    public PromptTemplates(string? overrideDirectory = null)
    {
        _overrideDirectory = string.IsNullOrWhiteSpace(overrideDirectory) ? null : overrideDirectory;
    }

    /// <summary>The template pair for <paramref name="kind"/>; throws <see cref="PromptTemplateException"/> when unusable.</summary>
    public PromptTemplate Load(PromptKind kind)
    {
        var name = PromptKinds.TemplateName(kind);
        var (system, systemSource) = Part(name + ".system.md");
        var (user, userSource) = Part(name + ".user.md");
        var problems = Placeholders.Unknown(system).Select(p => $"{systemSource}: unknown placeholder {{{{{p}}}}}")
            .Concat(Placeholders.Unknown(user).Select(p => $"{userSource}: unknown placeholder {{{{{p}}}}}"))
            .ToArray();
        if (problems.Length > 0)
            throw new PromptTemplateException(
                $"prompt template '{name}' has {problems.Length} unknown placeholder(s); known: {string.Join(", ", Placeholders.Known)}\n"
                + string.Join('\n', problems));
        return new PromptTemplate(kind, system, user, systemSource, userSource);
    }

    /// <summary>The embedded default text of one part, e.g. <c>playbook.user.md</c>.</summary>
    public static string Default(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        using var stream = typeof(PromptTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new PromptTemplateException($"no embedded prompt template '{fileName}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The file names of every default part: <c>decision.system.md</c>, <c>decision.user.md</c>, ...</summary>
    public static IReadOnlyList<string> DefaultFileNames { get; } =
        [.. PromptKinds.All.SelectMany(k => new[] { PromptKinds.TemplateName(k) + ".system.md", PromptKinds.TemplateName(k) + ".user.md" })];

    /// <summary>
    /// Writes the defaults into <paramref name="directory"/> as a starting point for edits. Existing files are kept unless
    /// <paramref name="overwrite"/>; returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> ExportDefaults(string directory, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var file in DefaultFileNames)
        {
            var path = Path.Combine(directory, file);
            if (!overwrite && File.Exists(path)) continue;
            File.WriteAllText(path, Default(file));
            written.Add(path);
        }
        return written;
    }

    private (string Text, string Source) Part(string fileName)
    {
        if (_overrideDirectory is not null)
        {
            var path = Path.Combine(_overrideDirectory, fileName);
            if (File.Exists(path)) return (File.ReadAllText(path), path);
        }
        return (Default(fileName), "embedded:" + fileName);
    }
}
