namespace Ouroboros.Ai.Prompts;

/// <summary>A template that cannot be used; the message lists every problem with its file.</summary>
public sealed class PromptTemplateException : Exception
{
    public PromptTemplateException()
    {
    }

    public PromptTemplateException(string message)
        : base(message)
    {
    }

    public PromptTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
