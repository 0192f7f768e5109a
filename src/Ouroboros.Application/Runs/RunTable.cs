namespace Ouroboros.Application.Runs;

/// <summary>One part of a stored run as rows of invariant text (null = no value), for export in any format.</summary>
public sealed record RunTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
