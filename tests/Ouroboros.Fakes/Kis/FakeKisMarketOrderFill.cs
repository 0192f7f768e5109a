namespace Ouroboros.Fakes.Kis;

/// <summary>When a market-type order fills.</summary>
public enum FakeKisMarketOrderFill
{
    /// <summary>At the current price while the order request is handled.</summary>
    Immediately,

    /// <summary>At the price of the next <see cref="FakeKisServer.SetPrice"/> for its symbol.</summary>
    OnNextPrice,
}
