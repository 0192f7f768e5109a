using Ouroboros.Indicators.Channels;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Trend;
using Ouroboros.Indicators.Volatility;

namespace Ouroboros.Indicators.Tests.Behaviour;

public sealed class ConstructionTests
{
    [Fact]
    public void Periods_below_one_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Sma(0));
        Should.Throw<ArgumentOutOfRangeException>(() => new Ema(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => new Highest(0));
        Should.Throw<ArgumentOutOfRangeException>(() => new Stochastic(14, 0, 3));
    }

    [Fact]
    public void Inconsistent_parameter_combinations_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Macd(26, 12, 9));
        Should.Throw<ArgumentOutOfRangeException>(() => new TripleRsi(14, 7, 21, 9));
        Should.Throw<ArgumentOutOfRangeException>(() => new Momentum(21, 21));
        Should.Throw<ArgumentOutOfRangeException>(() => new BollingerBands(20, 0));
    }

    [Fact]
    public void Names_are_the_normalised_spec_text()
    {
        new Sma(30).Name.ShouldBe("sma:30");
        new BollingerBands(20, 2.5).Name.ShouldBe("bb:20,2.5");
        new Macd().Name.ShouldBe("macd:12,26,9");
        new Stochastic().Name.ShouldBe("stoch:14,3,3");
        new TripleRsi().Name.ShouldBe("trsi:7,14,21,9");
        new Adx().LineNames.ShouldBe(["plus_di", "minus_di", "adx"]);
    }
}
