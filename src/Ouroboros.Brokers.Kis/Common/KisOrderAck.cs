namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// The host's acknowledgement of an order, modify or cancel (domestic and overseas alike): branch (KRX_FWDG_ORD_ORGNO),
/// order number (ODNO), time (ORD_TMD, KST), and the success code and message (e.g. APBK0013, 40600000).
/// </summary>
public sealed record KisOrderAck(string BranchNumber, string OrderNumber, TimeOnly? OrderTime, string MsgCd, string Message);
