namespace Ouroboros.Fakes.Kis;

/// <summary>A /uapi endpoint: its TRs per host (none on VTS means "not supported there") and its handler.</summary>
internal sealed record FakeKisEndpoint(string Method, string Path, string[] RealTrs, string[] VtsTrs, Func<FakeKisCall, FakeKisReply> Handle)
{
    public string[] Trs(FakeKisHost host) => host == FakeKisHost.Real ? RealTrs : VtsTrs;
}
