namespace Ouroboros.Storage.Migrations;

/// <summary>The schema history known to this build, oldest first. Append new versions at the end.</summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "runs journal: runs, orders, fills, trades, equity, risk events", InitialSchema.Sql),
    ];

    /// <summary>The highest version this build knows.</summary>
    public static int LatestVersion => All[^1].Version;
}
