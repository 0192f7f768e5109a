using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Bybit;

/// <summary>Cursor paging as the fake does it: the cursor is the next page's number, empty on the last page.</summary>
internal static class FakeBybitPaging
{
    public static JsonObject Page<T>(FakeBybitRequest request, IReadOnlyList<T> rows, Func<T, JsonNode> write, int defaultLimit, int maxLimit)
    {
        var limit = int.TryParse(request.Param("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, maxLimit) : defaultLimit;
        var page = request.Page;
        var slice = rows.Skip((page - 1) * limit).Take(limit).Select(write).ToArray();
        var more = rows.Count > page * limit;
        return new JsonObject
        {
            ["category"] = "linear",
            ["list"] = new JsonArray(slice),
            ["nextPageCursor"] = more ? (page + 1).ToString(CultureInfo.InvariantCulture) : "",
        };
    }
}
