namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>
/// One endpoint's per-UID limit as the last answer's headers told it (external-apis.md §1.5): the limit, what is left
/// and when the window resets.
/// </summary>
public sealed record BybitRateLimit(int Limit, int Remaining, DateTimeOffset ResetAt);
