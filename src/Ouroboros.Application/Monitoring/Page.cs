namespace Ouroboros.Application.Monitoring;

/// <summary>
/// One page of a list: <see cref="Total"/> is how many items matched before paging (a lower bound when the store was
/// read only as far as the page needed, as for runs and sessions).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
