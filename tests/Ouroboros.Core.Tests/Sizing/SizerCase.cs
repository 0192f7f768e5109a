using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Sizing;

/// <summary>Calls the sizer for a generic whole-share instrument with a 0.1% commission unless told otherwise.</summary>
internal static class SizerCase
{
    public static readonly Instrument Spy = GenericVenue.Instrument("SPY");
    public static readonly VenueModel Model = GenericVenue.Model(0.001m);

    public static SizedOrder Size(IntentAction action, SizeSpec spec, decimal position = 0m, decimal price = 100m, decimal cash = 10_000m,
        decimal equity = 10_000m, Instrument? instrument = null, VenueModel? model = null)
    {
        var i = instrument ?? Spy;
        var intent = new TradeIntent(i.Id, action, new StrategyId("test"), DateTimeOffset.UnixEpoch, spec);
        return PositionSizer.Size(intent, spec, i, model ?? Model, position, price, cash, equity);
    }
}
