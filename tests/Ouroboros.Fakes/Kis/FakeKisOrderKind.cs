namespace Ouroboros.Fakes.Kis;

public enum FakeKisOrderKind
{
    New,
    Modify,
    Cancel,
}
