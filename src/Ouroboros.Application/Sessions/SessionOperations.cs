using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Strategies;

namespace Ouroboros.Application.Sessions;

/// <summary>
/// Start, stop and status of a trading session and approving an order: the requests are checked here (so every front
/// end refuses the same bad input), then handed to the <see cref="ISessionControl"/> the host wired.
/// </summary>
public sealed class SessionOperations(ISessionControl control, StrategyRegistry strategies)
{
    public static IReadOnlyList<string> Modes { get; } = ["paper", "live"];

    public async Task<SessionResult> StatusAsync(CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("session.status");
        return await control.StatusAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SessionResult> StartAsync(StartSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Modes.Contains(request.Mode, StringComparer.OrdinalIgnoreCase))
            throw new InvalidInputException("mode", $"«mode» must be paper or live, not '{request.Mode}'");
        strategies.Bind(request.Strategy, request.Parameters);
        if (request.Markets.Count == 0) throw new InvalidInputException("market", "a session needs at least one «market»");
        using var activity = ApplicationTelemetry.Start("session.start");
        return await control.StartAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SessionResult> StopAsync(StopSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Reason)) throw new InvalidInputException("reason", "«reason» must say why, e.g. «reason» \"end of day\"");
        using var activity = ApplicationTelemetry.Start("session.stop");
        return await control.StopAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SessionResult> ApproveAsync(ApproveOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.ClientOrderId)) throw new InvalidInputException("order", "«order» must name the client order id to approve");
        using var activity = ApplicationTelemetry.Start("session.approve");
        return await control.ApproveAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
