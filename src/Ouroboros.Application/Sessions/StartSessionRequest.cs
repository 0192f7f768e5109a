namespace Ouroboros.Application.Sessions;

/// <summary>Start a paper or live trading session of <see cref="Strategy"/> on <see cref="Markets"/>.</summary>
public sealed record StartSessionRequest(string Mode, string Strategy, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Markets, string Actor);
