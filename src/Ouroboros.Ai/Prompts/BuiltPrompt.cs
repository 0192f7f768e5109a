namespace Ouroboros.Ai.Prompts;

/// <summary>
/// A prompt ready to send. <see cref="Truncations"/> lists, in order, what was cut to fit <see cref="Budget"/>;
/// <see cref="OverBudget"/> says it still did not fit after every cut (the prompt is returned anyway and the caller
/// decides). <see cref="SchemaHash"/> identifies the response schema the prompt asks for.
/// </summary>
public sealed record BuiltPrompt(
    PromptKind Kind,
    string System,
    string User,
    int EstimatedTokens,
    int Budget,
    DateTimeOffset AsOf,
    IReadOnlyList<string> Truncations,
    bool OverBudget,
    string SchemaHash);
