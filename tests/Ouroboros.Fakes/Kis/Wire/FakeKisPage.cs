using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>
/// 연속조회 (§3.2): the request's <c>tr_cont: N</c> plus <c>CTX_AREA_NK…</c> says where to continue; the answer
/// carries lower-case <c>ctx_area_fk…</c>/<c>ctx_area_nk…</c> in the body and <c>tr_cont</c> M (more) or D (last) in
/// the header. The fake's continuation key is the row offset, space-padded like the real server's keys.
/// </summary>
internal sealed record FakeKisPage<T>(IReadOnlyList<T> Rows, string TrCont, string FkKey, string NkKey)
{
    public void WriteContext(JsonObject body, string suffix)
    {
        body["ctx_area_fk" + suffix] = FkKey;
        body["ctx_area_nk" + suffix] = NkKey;
    }
}

internal static class FakeKisPage
{
    public static FakeKisPage<T> Slice<T>(IReadOnlyList<T> all, FakeKisRequest request, int pageSize, string suffix, FakeKisPaging paging)
    {
        var offset = 0;
        if (request.Header("tr_cont") == "N"
            && int.TryParse(request.QueryValue("CTX_AREA_NK" + suffix).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            offset = Math.Clamp(parsed, 0, all.Count);
        var rows = all.Skip(offset).Take(pageSize).ToList();
        var next = offset + rows.Count;
        var more = next < all.Count;
        var width = suffix == "100" ? 100 : 200;
        var fk = (request.QueryValue("CANO") + "^" + request.QueryValue("ACNT_PRDT_CD") + "^").PadRight(width);
        var nk = more ? next.ToString(CultureInfo.InvariantCulture).PadRight(width) : new string(' ', width);
        return new FakeKisPage<T>(rows, more ? paging.MorePagesMarker : paging.LastPageMarker, fk, nk);
    }
}
