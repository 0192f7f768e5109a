namespace Ouroboros.Application.Operations;

/// <summary>The kill switch: the whole account goes HALTED and KILLED.</summary>
public sealed record KillRequest(string Reason, string Actor);
