namespace Ouroboros.Application.Kis;

/// <summary>
/// What a download did: bars written now and in the file, where it continued from (a resumed file), the days or minutes
/// KIS sent incomplete (skipped, never written as 0) and, when it stopped early, why (<see cref="Failure"/>: everything
/// before it is in the file, and running the same command again continues after the last bar).
/// </summary>
public sealed record KisFetchResult(
    string OutFile,
    int Written,
    DateTimeOffset? ResumedAfter,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    int Calls,
    IReadOnlyList<string> Skipped,
    string? Failure)
{
    public bool Ok => Failure is null;
}
