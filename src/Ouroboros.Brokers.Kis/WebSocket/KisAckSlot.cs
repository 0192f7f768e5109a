namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// The one subscribe/unsubscribe request waiting for its acknowledgement (requests are sent one at a time, so the next
/// acknowledgement for that TR is its answer). A lost connection answers null.
/// </summary>
internal sealed class KisAckSlot
{
    private readonly Lock gate = new();
    private (string TrId, TaskCompletionSource<KisControlMessage?> Answer)? pending;

    public Task<KisControlMessage?> Expect(string trId)
    {
        var answer = new TaskCompletionSource<KisControlMessage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate) pending = (trId, answer);
        return answer.Task;
    }

    /// <summary>False when nothing waits for an answer about <paramref name="ack"/>'s TR.</summary>
    public bool TryAnswer(KisControlMessage ack)
    {
        lock (gate)
        {
            if (pending is not { } p || (p.TrId != ack.TrId && ack.TrKey is not null)) return false;
            pending = null;
            return p.Answer.TrySetResult(ack);
        }
    }

    public void ConnectionLost()
    {
        lock (gate)
        {
            pending?.Answer.TrySetResult(null);
            pending = null;
        }
    }

    public void Forget(Task<KisControlMessage?> answer)
    {
        lock (gate)
        {
            if (pending?.Answer.Task == answer) pending = null;
        }
    }
}
