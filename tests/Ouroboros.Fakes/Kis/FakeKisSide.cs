namespace Ouroboros.Fakes.Kis;

public enum FakeKisSide
{
    Buy,
    Sell,
}
