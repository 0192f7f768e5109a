namespace Ouroboros.Fakes.Kis;

/// <summary>The switches a test flips on a running fake; read under the server's lock.</summary>
internal sealed class FakeKisSettings
{
    public bool EnforceSessionHours { get; set; } = true;

    public FakeKisMarketOrderFill MarketOrderFill { get; set; } = FakeKisMarketOrderFill.Immediately;

    public int FillInParts { get; set; } = 1;

    public bool FillBeforeAck { get; set; }

    public int RealRequestsPerSecond { get; set; } = 20;

    public int VtsRequestsPerSecond { get; set; } = 2;

    public bool RequireCustType { get; set; } = true;
}
