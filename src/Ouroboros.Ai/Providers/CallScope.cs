using Ouroboros.Core.Language;
using System.Globalization;
using System.Net.Sockets;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// One call's clock and deadline: latency from <see cref="TimeProvider.GetTimestamp"/>, a timeout token built on
/// the same clock, and the reading of transport exceptions (our deadline → Timeout, connection trouble → Network).
/// The caller's own cancellation is not a failure: it propagates as <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class CallScope : IDisposable
{
    private readonly TimeProvider clock;
    private readonly long started;
    private readonly TimeSpan timeout;
    private readonly CancellationToken caller;
    private readonly CancellationTokenSource deadline;
    private readonly CancellationTokenSource linked;

    public CallScope(TimeProvider clock, TimeSpan timeout, CancellationToken caller)
    {
        this.clock = clock;
        this.timeout = timeout;
        this.caller = caller;
        started = clock.GetTimestamp();
        deadline = new CancellationTokenSource(timeout, clock);
        linked = CancellationTokenSource.CreateLinkedTokenSource(caller, deadline.Token);
    }

    public CancellationToken Token => linked.Token;

    public TimeSpan Elapsed => clock.GetElapsedTime(started);

    public TimeSpan Timeout => timeout;

    public ChatResult Fail(ChatFailureKind kind, string message, int? httpStatus = null, int? tokensIn = null, int? tokensOut = null) =>
        ChatResult.Fail(new ChatFailure(kind, message, httpStatus), Elapsed, tokensIn, tokensOut);

    public ChatResult Fail(ChatFailure failure) => ChatResult.Fail(failure, Elapsed);

    /// <summary>
    /// A failure for a transport-level exception, or null when the exception is something else. Throws when the
    /// caller cancelled.
    /// </summary>
    public ChatResult? FromTransport(Exception ex, string? apiKey)
    {
        caller.ThrowIfCancellationRequested();
        if (deadline.IsCancellationRequested)
            return Fail(ChatFailureKind.Timeout, $"no answer within {timeout.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TimeoutException:
                    return Fail(ChatFailureKind.Timeout, SecretRedactor.Clean(e.Message, apiKey));
                case HttpRequestException or SocketException or IOException:
                    return Fail(ChatFailureKind.Network, SecretRedactor.Clean(Innermost(e).Message, apiKey));
                case OperationCanceledException:
                    // Not ours and not the caller's: an inner client timeout.
                    return Fail(ChatFailureKind.Timeout, "the HTTP client gave up waiting");
                default:
                    break;
            }
        }
        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
            e = e.InnerException;
        return e;
    }

    public void Dispose()
    {
        linked.Dispose();
        deadline.Dispose();
    }
}
