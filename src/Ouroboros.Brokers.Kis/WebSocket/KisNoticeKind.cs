namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>What an execution notice reports (CNTG_YN, RFUS_YN and ACPT_YN of H0STCNI0 / H0GSCNI0).</summary>
public enum KisNoticeKind
{
    /// <summary>CNTG_YN = 2: shares traded.</summary>
    Fill,

    /// <summary>CNTG_YN = 1 and not refused: an order, modification or cancellation was accepted.</summary>
    Accepted,

    /// <summary>RFUS_YN = 1: the order, modification or cancellation was refused.</summary>
    Refused,

    /// <summary>ACPT_YN = 3: an IOC or FOK order's rest was cancelled by the exchange.</summary>
    IocFokCancelled,
}
