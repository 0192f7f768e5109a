namespace Ouroboros.Brokers.Kis.Tests.Http;

/// <summary>Bodies in the contract's exact shapes (kis-openapi.md §5–§6 examples), with its invented values.</summary>
public static class KisBodies
{
    public const string DomesticPrice = """
        {"rt_cd":"0","msg_cd":"MCA00000","msg1":"정상처리 되었습니다.",
         "output":{"iscd_stat_cls_code":"55","rprs_mrkt_kor_name":"KOSPI200","bstp_kor_isnm":"전기.전자",
          "temp_stop_yn":"N","stck_prpr":"71900","prdy_vrss":"-100","prdy_vrss_sign":"5","prdy_ctrt":"-0.14",
          "acml_tr_pbmn":"219853241700","acml_vol":"3052507","prdy_vrss_vol_rate":"41.25",
          "stck_oprc":"72100","stck_hgpr":"72400","stck_lwpr":"71700","stck_mxpr":"93600","stck_llam":"50400",
          "stck_sdpr":"72000","aspr_unit":"100","lstn_stcn":"5969782550","hts_avls":"4292273","per":"14.90",
          "pbr":"1.38","eps":"4826.00","bps":"52002.00","w52_hgpr":"88800","w52_lwpr":"59500",
          "stck_shrn_iscd":"005930","vi_cls_code":"N","mrkt_warn_cls_code":"00","short_over_yn":"N"}}
        """;

    public const string VtsOrderAccepted = """
        {"rt_cd":"0","msg_cd":"40600000","msg1":"모의투자 매수주문이 완료 되었습니다.",
         "output":{"KRX_FWDG_ORD_ORGNO":"00950","ODNO":"0000013903","ORD_TMD":"093012"}}
        """;

    public const string OverseasOrderAccepted = """
        {"rt_cd":"0","msg_cd":"APBK0013","msg1":"주문 전송 완료 되었습니다.",
         "output":{"KRX_FWDG_ORD_ORGNO":"01790","ODNO":"0030138295","ORD_TMD":"231504"}}
        """;

    public const string OverseasPrice = """
        {"rt_cd":"0","msg_cd":"MCA00000","msg1":"정상처리 되었습니다.",
         "output":{"rsym":"DNASAAPL","zdiv":"4","base":"150.0000","pvol":"51234000","last":"151.2500","sign":"2",
                   "diff":"1.2500","rate":"0.83","tvol":"20111000","tamt":"3041788750","ordy":"매수가능"}}
        """;

    public const string OverseasBalance = """
        {"rt_cd":"0","msg_cd":"KIOK0510","msg1":"조회가 완료되었습니다",
         "ctx_area_fk200":"","ctx_area_nk200":"",
         "output1":[{"cano":"12345678","acnt_prdt_cd":"01","prdt_type_cd":"512","ovrs_pdno":"AAPL","ovrs_item_name":"애플",
           "frcr_evlu_pfls_amt":"12.500000","evlu_pfls_rt":"4.31","pchs_avg_pric":"145.0000","ovrs_cblc_qty":"2",
           "ord_psbl_qty":"2","frcr_pchs_amt1":"290.00000","ovrs_stck_evlu_amt":"302.50000000","now_pric2":"151.250000",
           "tr_crcy_cd":"USD","ovrs_excg_cd":"NASD","loan_type_cd":"10","loan_dt":"","expd_dt":""}],
         "output2":{"frcr_pchs_amt1":"290.00000","ovrs_rlzt_pfls_amt":"0.00000","ovrs_tot_pfls":"12.50000",
           "rlzt_erng_rt":"0.00000000","tot_evlu_pfls_amt":"12.50000000","tot_pftrt":"4.31034483",
           "frcr_buy_amt_smtl1":"290.000000","ovrs_rlzt_pfls_amt2":"0.00000","frcr_buy_amt_smtl2":"290.000000"}}
        """;

    /// <summary>One page of inquire-balance with one holding of <paramref name="symbol"/>; output2 as an array of one, as the host sends it.</summary>
    public static string BalancePage(string symbol, string fk, string nk, bool summaryAsObject = false)
    {
        var summary = """{"dnca_tot_amt":"9285000","nxdy_excc_amt":"9285000","prvs_rcdl_excc_amt":"9285000","scts_evlu_amt":"719000","tot_evlu_amt":"10004000","nass_amt":"10004000","pchs_amt_smtl_amt":"715000","evlu_pfls_smtl_amt":"4000"}""";
        return $$"""
            {"rt_cd":"0","msg_cd":"20310000","msg1":"모의투자 조회가 완료되었습니다.                                 ",
             "ctx_area_fk100":"{{fk}}","ctx_area_nk100":"{{nk}}",
             "output1":[{"pdno":"{{symbol}}","prdt_name":"삼성전자","hldg_qty":"10","ord_psbl_qty":"10","pchs_avg_pric":"71500.0000",
               "pchs_amt":"715000","prpr":"71900","evlu_amt":"719000","evlu_pfls_amt":"4000","evlu_pfls_rt":"0.56"}],
             "output2":{{(summaryAsObject ? summary : "[" + summary + "]")}}}
            """;
    }

    /// <summary>inquire-daily-itemchartprice with <paramref name="count"/> bars ending at <paramref name="newest"/>, newest first.</summary>
    public static string DailyBars(DateOnly newest, int count) =>
        $$"""
        {"rt_cd":"0","msg_cd":"MCA00000","msg1":"정상처리 되었습니다.",
         "output1":{"stck_prpr":"71900","hts_kor_isnm":"삼성전자","stck_shrn_iscd":"005930"},
         "output2":[{{string.Join(",", Enumerable.Range(0, count).Select(i => Bar(newest.AddDays(-i))))}}]}
        """;

    private static string Bar(DateOnly date) =>
        $$"""{"stck_bsop_date":"{{date:yyyyMMdd}}","stck_clpr":"71900","stck_oprc":"72100","stck_hgpr":"72400","stck_lwpr":"71700","acml_vol":"3052507","acml_tr_pbmn":"219853241700","flng_cls_code":"00","prtt_rate":"0.00","mod_yn":"N","prdy_vrss_sign":"5","prdy_vrss":"-100","revl_issu_reas":""}""";
}
