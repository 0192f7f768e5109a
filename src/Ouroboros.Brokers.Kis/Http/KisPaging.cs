using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>Which continuation keys a paged API echoes: the …100 pair (domestic) or the …200 pair (overseas account APIs).</summary>
internal sealed record KisPageKeys(string Fk, string Nk)
{
    public static readonly KisPageKeys Domestic = new("CTX_AREA_FK100", "CTX_AREA_NK100");
    public static readonly KisPageKeys Overseas = new("CTX_AREA_FK200", "CTX_AREA_NK200");
}

/// <summary>
/// 연속조회 (kis-openapi.md §3.2): the response header tr_cont F/M means more, D/E means last; the next request sends
/// tr_cont N and echoes the body's ctx_area values. A query that fails on a later page, or that would need more pages
/// than the cap, is an error (Unknown, "partial"): a shorter list would read as "that is all there is".
/// </summary>
internal static class KisPaging
{
    public static async Task<BrokerResult<IReadOnlyList<KisResponse>>> AllPagesAsync(KisPipeline pipeline, KisRequest first, KisPageKeys keys,
        int maxPages, CancellationToken cancellationToken)
    {
        var request = first.WithQuery(keys.Fk, "").WithQuery(keys.Nk, "") with { TrCont = "" };
        var pages = new List<KisResponse>();
        while (true)
        {
            var call = await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (call.Response is not { } page)
            {
                return pages.Count == 0
                    ? call.FailAs<IReadOnlyList<KisResponse>>()
                    : BrokerResult<IReadOnlyList<KisResponse>>.Fail(BrokerErrorKind.Unknown,
                        $"partial: page {pages.Count + 1} failed after {pages.Count} arrived ({call.Error!.Kind}: {call.Error.Message}); the result is unknown, not shorter");
            }
            pages.Add(page);
            if (!page.HasMore) return BrokerResult<IReadOnlyList<KisResponse>>.Ok(pages);
            if (pages.Count >= maxPages)
            {
                return BrokerResult<IReadOnlyList<KisResponse>>.Fail(BrokerErrorKind.Unknown,
                    $"partial: more than {maxPages} pages; narrow the query (the result would be incomplete)");
            }
            request = request.WithQuery(keys.Fk, KisJson.Text(page.Body, keys.Fk) ?? "").WithQuery(keys.Nk, KisJson.Text(page.Body, keys.Nk) ?? "") with { TrCont = "N" };
        }
    }
}
