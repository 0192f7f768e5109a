using Ouroboros.Risk.Events;

namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 5: table names follow the code. Verdicts (<c>RiskDecision</c>) move from <c>risk_events</c> to
/// <c>risk_decisions</c>, then risk events (<c>RiskEvent</c>) from <c>risk_incidents</c> to the freed name
/// <c>risk_events</c>; that order is the only one that works, and both renames share the migration's transaction.
/// A state change also gets its typed move as columns (<c>from_state</c>, <c>to_state</c>, <c>killed</c>,
/// <c>reason</c>, <c>actor</c>; NULL for alerts and exit signals), so nothing reads the message back.
/// </summary>
/// <remarks>
/// Rows written before this version are filled in once, here, from the message layout the risk engine always wrote
/// (<c>"{scope}: {FROM} → {TO} ({cause}): {reason}"</c>). Two things were never written down: whether the scope was
/// killed (taken as "the cause was the kill switch", the only way an engine move kills) and the actor (taken as the
/// engine, <c>risk:{cause}</c>).
/// </remarks>
internal static class RiskNamesSchema
{
    public const string Sql = """
        ALTER TABLE risk_events RENAME TO risk_decisions;
        ALTER TABLE risk_incidents RENAME TO risk_events;

        ALTER TABLE risk_events ADD COLUMN from_state TEXT NULL;
        ALTER TABLE risk_events ADD COLUMN to_state TEXT NULL;
        ALTER TABLE risk_events ADD COLUMN killed INTEGER NULL CHECK (killed IN (0, 1));
        ALTER TABLE risk_events ADD COLUMN reason TEXT NULL;
        ALTER TABLE risk_events ADD COLUMN actor TEXT NULL;

        UPDATE risk_events SET
            from_state = CASE
                WHEN substr(message, length(scope) + 3, 9) = 'ACTIVE → ' THEN 'Active'
                WHEN substr(message, length(scope) + 3, 11) = 'REDUCING → ' THEN 'Reducing'
                WHEN substr(message, length(scope) + 3, 9) = 'HALTED → ' THEN 'Halted' END,
            killed = CASE WHEN source = 'kill_switch' THEN 1 ELSE 0 END,
            actor = 'risk:' || source
        WHERE kind = 'StateChanged';

        UPDATE risk_events SET
            to_state = CASE
                WHEN substr(message, length(scope) + length(from_state) + 6, length(source) + 11) = 'ACTIVE (' || source || '): ' THEN 'Active'
                WHEN substr(message, length(scope) + length(from_state) + 6, length(source) + 13) = 'REDUCING (' || source || '): ' THEN 'Reducing'
                WHEN substr(message, length(scope) + length(from_state) + 6, length(source) + 11) = 'HALTED (' || source || '): ' THEN 'Halted' END
        WHERE kind = 'StateChanged' AND from_state IS NOT NULL;

        UPDATE risk_events SET
            reason = substr(message, length(scope) + length(from_state) + length(to_state) + length(source) + 11)
        WHERE kind = 'StateChanged' AND to_state IS NOT NULL;

        UPDATE risk_events SET from_state = NULL, killed = NULL, actor = NULL WHERE kind = 'StateChanged' AND to_state IS NULL;
        """;
}
