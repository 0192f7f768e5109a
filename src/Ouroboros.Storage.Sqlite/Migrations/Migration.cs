using Microsoft.Data.Sqlite;

namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// One step of the schema's history. Versions start at 1 and only grow; a published migration is never edited,
/// the next change is appended as a new version.
/// </summary>
/// <param name="Version">Position in the history, recorded in <c>schema_migrations</c>.</param>
/// <param name="Name">Short description shown in errors and logs.</param>
/// <param name="Sql">One or more SQL statements, applied inside a single transaction.</param>
/// <param name="Code">
/// Optional work that SQL cannot express (re-encoding rows, e.g. compressing them), run after <paramref name="Sql"/> in
/// the same transaction; a <see cref="FormatException"/> from it (a stored value this build cannot read) rolls the
/// migration back like a failing statement.
/// </param>
public sealed record Migration(int Version, string Name, string Sql, Action<SqliteConnection, SqliteTransaction>? Code = null);
