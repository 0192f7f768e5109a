namespace Ouroboros.Fakes.Kis;

internal enum FakeKisTokenCheck
{
    Valid,
    Unknown,
    Expired,
}
