using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Ouroboros.Risk.State;
using Ouroboros.Storage.Sqlite.Migrations;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>
/// Migration 5 recovers the typed move of every state change the engine wrote before version 5, from the sentence
/// layout <see cref="TradingStateChanged.Message"/> has always had, whatever the scope, cause and reason say.
/// </summary>
public sealed class RiskNamesMigrationPropertyTests
{
    private static readonly Gen<string> Word = Gen.Elements("account", "KRX", "circuit_breaker", "a → HALTED (b): c", "한국어", "x", "): ", " (", "ACTIVE → ", "kill_switch");

    private static readonly Gen<string> Text = Gen.Elements(1, 2, 3).SelectMany(n => Gen.ArrayOf(Word, n)).Select(words => string.Join(" ", words));

    [Fact]
    public void Any_engine_message_written_before_version_5_reads_back_as_its_typed_move()
    {
        var states = Enum.GetValues<TradingState>();
        var cases = from scope in Text from cause in Word from reason in Text
                    from before in Gen.Elements(states) from after in Gen.Elements(states)
                    select new TradingStateChanged(DateTimeOffset.UnixEpoch, scope, before, after, cause == "kill_switch", cause, reason, "risk:" + cause);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases.ToArbitrary(), change =>
        {
            using var connection = new SqliteConnection("Data Source=:memory:");
            SqliteNative.EnsureInitialized();
            connection.Open();
            foreach (var migration in SchemaMigrations.All.Where(m => m.Version <= 4)) Execute(connection, migration.Sql);
            Execute(connection, "INSERT INTO runs (id, kind, strategy, data_sources, created_at, risk_enabled, metrics_json, parameters_json, result_json) VALUES ('r', 'backtest', 's', 'd', 0, 1, '{}', '{}', '{}')");
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO risk_incidents (run_id, seq, time, kind, scope, source, message, figures) VALUES ('r', 0, 0, 'StateChanged', $scope, $source, $message, '{}')";
                insert.Parameters.AddWithValue("$scope", change.Scope);
                insert.Parameters.AddWithValue("$source", change.Cause);
                insert.Parameters.AddWithValue("$message", change.Message);
                insert.ExecuteNonQuery();
            }

            Execute(connection, SchemaMigrations.All.Single(m => m.Version == 5).Sql);

            using var read = connection.CreateCommand();
            read.CommandText = "SELECT from_state, to_state, killed, reason, actor FROM risk_events";
            using var row = read.ExecuteReader();
            row.Read().ShouldBeTrue();
            (row.GetString(0), row.GetString(1), row.GetInt64(2) != 0, row.GetString(3), row.GetString(4))
                .ShouldBe((change.From.ToString(), change.To.ToString(), change.Killed, change.Reason, change.Actor));
        }));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
