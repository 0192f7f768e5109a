namespace Ouroboros.Core.Language;

/// <summary>
/// What a route produced: the text of the first profile that answered, or no answer with the reason (the caller
/// then uses the rules engine, and says so). <see cref="Notes"/> tells the story of the fallbacks, one line each.
/// </summary>
public sealed record RoutedAnswer(
    string? Text,
    string? Profile,
    string? Provider,
    string? Model,
    int? TokensIn,
    int? TokensOut,
    decimal? Cost,
    bool CacheHit,
    IReadOnlyList<string> Notes,
    string? NoAnswerReason)
{
    public bool Answered => Text is not null;

    public int? Tokens => TokensIn is { } i && TokensOut is { } o ? i + o : null;

    public static RoutedAnswer None(string reason, IReadOnlyList<string> notes) => new(null, null, null, null, null, null, null, false, notes, reason);
}
