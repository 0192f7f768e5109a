using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// One decrypted execution notice (H0STCNI0/H0STCNI9 domestic, H0GSCNI0/H0GSCNI9 overseas). For a fill,
/// <see cref="FilledQuantity"/> and <see cref="FillPrice"/> are the trade's; for an acceptance or refusal KIS puts the
/// order's quantity and price where the fill's go, so they are moved to <see cref="OrderQuantity"/> and
/// <see cref="OrderPrice"/> and the fill fields are 0 and null. <see cref="NoticeTime"/> is the notice's HHMMSS read as KST
/// on the day it was received; null when KIS left it out (some overseas exchanges do).
/// </summary>
public sealed record KisExecutionNotice(
    DateTimeOffset ReceivedAt,
    string TrId,
    bool IsOverseas,
    string AccountNumber,
    string OrderNumber,
    string? OriginalOrderNumber,
    string BranchNumber,
    OrderSide Side,
    KisNoticeKind Kind,
    KisOrderChange Change,
    string Symbol,
    KisExchange? Exchange,
    decimal? OrderQuantity,
    decimal FilledQuantity,
    decimal? FillPrice,
    decimal? OrderPrice,
    DateTimeOffset? NoticeTime) : KisStreamEvent(ReceivedAt);
