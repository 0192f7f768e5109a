using Ouroboros.Core.Notifications;

namespace Ouroboros.Live.Tests.Notifications;

/// <summary>Fails every call the way a broken channel does: it throws (with a secret in the message) or it never answers, ignoring cancellation.</summary>
internal sealed class FailingNotifier(string name, bool hang) : INotifier
{
    public const string SecretInMessage = "bot7654321:secret-token";

    private int _calls;

    public string Name => name;

    public int Calls => Volatile.Read(ref _calls);

    public ValueTask NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (hang) return new ValueTask(new TaskCompletionSource().Task);
        throw new HttpRequestException("POST https://api.telegram.org/" + SecretInMessage + "/sendMessage failed");
    }
}
