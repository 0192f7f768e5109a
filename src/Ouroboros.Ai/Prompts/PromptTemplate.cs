namespace Ouroboros.Ai.Prompts;

/// <summary>A template pair and where each part came from (a file path, or "embedded:&lt;name&gt;").</summary>
public sealed record PromptTemplate(PromptKind Kind, string System, string User, string SystemSource, string UserSource);
