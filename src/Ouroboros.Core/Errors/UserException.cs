namespace Ouroboros.Core.Errors;

/// <summary>
/// Something the user asked for cannot be done as asked: bad input, data that does not support the request, or a
/// name that does not exist. Front ends show these as one line ("error: ...") and a bad-input exit code; every other
/// exception is a bug. <see cref="Template"/> names inputs neutrally as «name» (e.g. «warmup»), so a layer below the
/// front end never speaks a front end's vocabulary: the CLI renders «warmup» as --warmup, a web API as a JSON field.
/// </summary>
public abstract class UserException : Exception
{
    protected UserException(string? input, string template, Exception? inner)
        : base(InputNames.Render(template, static name => name), inner)
    {
        Input = input;
        Template = template;
    }

    /// <summary>The neutral name of the input that was wrong (e.g. "warmup", "sizing", "data"); null when no single input is to blame.</summary>
    public string? Input { get; }

    /// <summary>What was wrong and how to fix it, with inputs written as «name».</summary>
    public string Template { get; }

    /// <summary>The message with every «name» replaced by what this front end calls that input.</summary>
    public string Describe(Func<string, string> inputName) => InputNames.Render(Template, inputName);
}
