namespace Ouroboros.Fakes.Kis;

/// <summary>
/// The <c>tr_cont</c> markers the fake answers with. §3.2 allows F or M for "more" and D or E for "last"; tests flip
/// these to check that a client accepts every spelling.
/// </summary>
public sealed class FakeKisPaging
{
    public string MorePagesMarker { get; set; } = "M";

    public string LastPageMarker { get; set; } = "D";
}
