using Ouroboros.Risk.State;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Operations;

/// <summary>Transitions newest first, for <see cref="Scope"/> (null: all scopes).</summary>
public sealed record TradingStateHistory(IReadOnlyList<TradingStateChanged> Transitions, string? Scope);
