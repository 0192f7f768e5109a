using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>The real-time TR ids the session parses (kis-openapi.md §7); the notice TRs differ between real and VTS.</summary>
public static class KisRealtimeTrIds
{
    public const string DomesticTrade = "H0STCNT0";
    public const string OverseasTrade = "HDFSCNT0";
    public const string DomesticNoticeReal = "H0STCNI0";
    public const string DomesticNoticeVts = "H0STCNI9";
    public const string OverseasNoticeReal = "H0GSCNI0";
    public const string OverseasNoticeVts = "H0GSCNI9";

    public static string DomesticNotice(KisEnvironment environment) => environment == KisEnvironment.Real ? DomesticNoticeReal : DomesticNoticeVts;

    public static string OverseasNotice(KisEnvironment environment) => environment == KisEnvironment.Real ? OverseasNoticeReal : OverseasNoticeVts;

    public static bool IsDomesticNotice(string trId) => trId is DomesticNoticeReal or DomesticNoticeVts;

    public static bool IsOverseasNotice(string trId) => trId is OverseasNoticeReal or OverseasNoticeVts;
}
