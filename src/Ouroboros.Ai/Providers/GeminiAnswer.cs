namespace Ouroboros.Ai.Providers;

/// <summary>What one Gemini answer said; <see cref="Text"/> is null when there was no candidate.</summary>
internal sealed record GeminiAnswer(string? Text, int? TokensIn, int? TokensOut, string? FinishReason, bool PromptBlocked);
