using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Application.Kis;

/// <summary>One check of `kis check`: its name, whether it passed, and what it found or why it failed (KIS's msg_cd and msg1 kept).</summary>
public sealed record KisCheckLine(string Name, bool Ok, string Detail);

/// <summary>Every check, in the order run, against one environment's hosts; <see cref="Ok"/> when all passed.</summary>
public sealed record KisCheckResult(KisEnvironment Environment, string RestUrl, string WebSocketUrl, string Account, IReadOnlyList<KisCheckLine> Checks)
{
    public bool Ok => Checks.All(c => c.Ok);
}
