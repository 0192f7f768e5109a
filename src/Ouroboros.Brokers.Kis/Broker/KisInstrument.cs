using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>An instrument the agent trades, as KIS knows it: the exchange (KRX or one of the nine overseas) and the code there.</summary>
public sealed record KisInstrument(InstrumentId Id, KisExchange Exchange, string Symbol, bool IsExchangeTradedProduct = false)
{
    public bool IsDomestic => Exchange.IsDomestic;
}
