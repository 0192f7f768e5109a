namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>RCTF_CLS of an execution notice: which request the notice is about.</summary>
public enum KisOrderChange
{
    /// <summary>0: a new order.</summary>
    New,

    /// <summary>1: a modification.</summary>
    Modify,

    /// <summary>2: a cancellation.</summary>
    Cancel,
}
