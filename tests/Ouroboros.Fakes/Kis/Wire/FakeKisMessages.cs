namespace Ouroboros.Fakes.Kis;

/// <summary>
/// Message codes and texts. Those marked (contract) are from kis-openapi.md §3.1 and §4.3; those marked (fake) are
/// the fake's own choice where the contract names none, so clients must not depend on them.
/// </summary>
internal static class FakeKisMessages
{
    // Success (contract §3.1). Account inquiries are space-padded like the real server's.
    public const string QuoteOk = "MCA00000";
    public const string QuoteOkText = "정상처리 되었습니다.";
    public const string RealInquiryOk = "KIOK0510";
    public const string RealInquiryOkText = "조회가 완료되었습니다                                                           ";
    public const string VtsInquiryOk = "20310000";
    public const string VtsInquiryOkText = "모의투자 조회가 완료되었습니다.                                 ";
    public const string RealOrderOk = "APBK0013";
    public const string RealOrderOkText = "주문 전송 완료 되었습니다.";
    public const string VtsOrderOk = "40600000";
    public const string VtsBuyOkText = "모의투자 매수주문이 완료 되었습니다.";
    public const string VtsSellOkText = "모의투자 매도주문이 완료 되었습니다.";
    public const string VtsModifyOkText = "모의투자 정정주문이 완료 되었습니다."; // (fake) text
    public const string VtsCancelOkText = "모의투자 취소주문이 완료 되었습니다."; // (fake) text

    // Gateway (contract §4.3).
    public const string RateLimited = "EGW00201";
    public const string RateLimitedText = "초당 거래건수를 초과하였습니다.";
    public const string InvalidToken = "EGW00121";
    public const string InvalidTokenText = "유효하지 않은 token 입니다.";
    public const string ExpiredToken = "EGW00123";
    public const string ExpiredTokenText = "기간이 만료된 token 입니다.";
    public const string NotBearer = "EGW00205";
    public const string NotBearerText = "credentials_type이 유효하지 않습니다.(Bearer)";
    public const string BadCustType = "EGW00208";
    public const string BadCustTypeText = "고객유형(custtype)이 유효하지 않습니다.";
    public const string NotVtsTr = "EGW00213";
    public const string NotVtsTrText = "모의투자 tr이 아닙니다.";
    public const string WrongDomain = "EGW02004";
    public const string WrongDomainRealText = "실전투자 도메인은 모의투자 앱키로 호출하실 수 없습니다.";
    public const string WrongDomainVtsText = "모의투자 도메인은 실전투자 앱키로 호출하실 수 없습니다."; // (fake) mirror of the above
    public const string AppKeyMissing = "EGW00102";
    public const string AppKeyMissingText = "AppKey는 필수입니다.";
    public const string AppKeyInvalid = "EGW00103";
    public const string AppKeyInvalidText = "유효하지 않은 AppKey입니다.";
    public const string AppSecretMissing = "EGW00104";
    public const string AppSecretMissingText = "AppSecret은 필수입니다.";
    public const string AppSecretInvalid = "EGW00105";
    public const string AppSecretInvalidText = "유효하지 않은 AppSecret입니다.";
    public const string GrantTypeInvalid = "EGW00116";
    public const string GrantTypeInvalidText = "지원하지 않는 grant_type입니다.";
    public const string TokenThrottled = "EGW00133";
    public const string TokenThrottledText = "접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)";
    public const string UnknownService = "OPSQ0002";
    public const string UnknownServiceText = "없는 서비스 코드 입니다.";
    public const string BadAccount = "OPSQ2000";
    public const string BadAccountText = "ERROR : INPUT INVALID_CHECK_ACNO";
    public const string BadMarketCode = "OPSQ2001";
    public const string BadMarketCodeText = "ERROR : INPUT INVALID_CHECK_MRKT_DIV_CODE";
    public const string JsonError = "OPSQ9999";
    public const string TrIdMissingText = "JSON PARSING ERROR : tr_id not found";

    // Business rejections, HTTP 200 rt_cd 1.
    public const string VtsClosed = "40580000"; // (contract, observed)
    public const string VtsClosedText = "모의투자 장종료 입니다.";
    public const string RealClosed = "APBK0918"; // (contract, observed: "outside hours or insufficient")
    public const string RealClosedText = "장운영시간이 아닙니다."; // (fake) text
    public const string NoCash = "APBK0919"; // (contract, observed)
    public const string NoCashText = "주문가능금액을 초과 했습니다";
    public const string NoHoldings = "APBK1234"; // (contract, observed)
    public const string NoHoldingsText = "매도가능수량을 초과 했습니다";
    public const string BadOrderDivision = "APBK0506"; // (fake)
    public const string BadOrderDivisionText = "주문구분코드를 확인하세요.";
    public const string BadVenue = "APBK0507"; // (fake)
    public const string BadVenueText = "거래소구분코드를 확인하세요.";
    public const string BadTick = "APBK0520"; // (fake)
    public const string BadTickText = "호가단위 오류입니다.";
    public const string OutsideBand = "APBK0521"; // (fake)
    public const string OutsideBandText = "상/하한가 범위를 벗어났습니다.";
    public const string BadQuantity = "APBK0522"; // (fake)
    public const string BadQuantityText = "주문수량을 확인하세요.";
    public const string BadPrice = "APBK0523"; // (fake)
    public const string BadPriceText = "주문단가를 확인하세요.";
    public const string UnknownSymbol = "APBK0656"; // (fake)
    public const string UnknownSymbolText = "해당종목정보가 없습니다.";
    public const string NothingToChange = "APBK0344"; // (fake)
    public const string NothingToChangeText = "정정/취소할 수량이 없습니다.";
    public const string MissingField = "OPSQ2002"; // (contract name: INPUT_FIELD)
    public const string MissingFieldText = "ERROR : INPUT INVALID_CHECK_FIELD";
}
