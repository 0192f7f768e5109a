namespace Ouroboros.Application.Sessions;

/// <summary>
/// The port to whatever runs trading sessions (the live runtime, in its own host). Front ends reach it only through
/// <see cref="SessionOperations"/>. Until a session host exists, <see cref="NoSessionHost"/> answers honestly.
/// </summary>
public interface ISessionControl
{
    Task<SessionResult> StatusAsync(CancellationToken cancellationToken);
    Task<SessionResult> StartAsync(StartSessionRequest request, CancellationToken cancellationToken);
    Task<SessionResult> StopAsync(StopSessionRequest request, CancellationToken cancellationToken);
    Task<SessionResult> ApproveAsync(ApproveOrderRequest request, CancellationToken cancellationToken);
}
