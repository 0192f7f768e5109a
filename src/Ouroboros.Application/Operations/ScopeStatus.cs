using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Operations;

/// <summary>One scope's state; <see cref="Stored"/> is false for the implicit ACTIVE account that never changed.</summary>
public sealed record ScopeStatus(ScopeStateRecord State, bool Stored);
