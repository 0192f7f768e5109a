namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// One crash: optionally an earlier crash (<see cref="StopFirstAt"/>) and the kill switch while the agent is down, then a
/// run that must die at <see cref="Point"/>#<see cref="Hit"/>, then a clean run to the end that must leave the journal
/// of the reference (or of the operator reference) with <see cref="ExpectedRestarts"/> restarts in its summary.
/// </summary>
public sealed record CrashScenario(string Point, int Hit, string? StopFirstAt = null, bool KillSwitchWhileDown = false, int ExpectedRestarts = 1)
{
    public string CrashAt => $"{Point}#{Hit}";

    public override string ToString() =>
        (StopFirstAt is null ? "" : $"{StopFirstAt} then ") + (KillSwitchWhileDown ? "risk kill then " : "") + CrashAt;
}
