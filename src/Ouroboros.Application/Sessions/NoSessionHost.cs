namespace Ouroboros.Application.Sessions;

/// <summary>
/// The session control of a process that hosts no trading session (today: every process; the live runtime comes
/// later). Every request answers <see cref="SessionOutcome.NoSessionHost"/> and changes nothing, so no front end can
/// believe a session started or an order was approved.
/// </summary>
public sealed class NoSessionHost : ISessionControl
{
    public const string Message = "no session host is running in this process; paper and live sessions need the live runtime, which is not part of this build yet";

    private static readonly Task<SessionResult> Answer = Task.FromResult(new SessionResult(SessionOutcome.NoSessionHost, Message, null));

    public Task<SessionResult> StatusAsync(CancellationToken cancellationToken) => Answer;

    public Task<SessionResult> StartAsync(StartSessionRequest request, CancellationToken cancellationToken) => Answer;

    public Task<SessionResult> StopAsync(StopSessionRequest request, CancellationToken cancellationToken) => Answer;

    public Task<SessionResult> ApproveAsync(ApproveOrderRequest request, CancellationToken cancellationToken) => Answer;
}
