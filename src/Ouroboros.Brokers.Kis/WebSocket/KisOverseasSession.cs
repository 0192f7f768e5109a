namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>HDFSCNT0's MTYP: which part of the overseas trading day a trade belongs to (kis-openapi.md §7).</summary>
public enum KisOverseasSession
{
    Regular = 1,
    PreMarket = 2,
    AfterMarket = 3,
}
