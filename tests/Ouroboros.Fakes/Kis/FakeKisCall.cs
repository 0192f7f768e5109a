using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>One /uapi request that passed the gateway checks, as the handlers see it.</summary>
internal sealed class FakeKisCall(FakeKisRequest request, FakeKisState state, DateTimeOffset now)
{
    public FakeKisRequest Request { get; } = request;

    public FakeKisState State { get; } = state;

    public FakeKisMarket Market => State.Market;

    public DateTimeOffset Now { get; } = now;

    public bool IsVts => State.Host == FakeKisHost.Vts;

    public string TrId => Request.TrId;

    /// <summary>Fills caused by this request, raised by the server around the response.</summary>
    public List<FakeKisExecution> Executions { get; } = [];

    public DateTimeOffset Kst => Now.ToOffset(TimeSpan.FromHours(9));

    /// <summary>The account named by CANO and ACNT_PRDT_CD, if it belongs to the calling app key.</summary>
    public FakeKisAccount? Account() =>
        State.Accounts.FirstOrDefault(a => a.AppKey == Request.AppKey
            && a.Cano == Request.Field("CANO").Trim() && a.ProductCode == Request.Field("ACNT_PRDT_CD").Trim());

    public static FakeKisReply NoAccount() => FakeKisReply.Rejected(FakeKisMessages.BadAccount, FakeKisMessages.BadAccountText);

    public JsonObject QuoteOk() => FakeKisJson.Success(FakeKisMessages.QuoteOk, FakeKisMessages.QuoteOkText);

    public JsonObject InquiryOk() => IsVts
        ? FakeKisJson.Success(FakeKisMessages.VtsInquiryOk, FakeKisMessages.VtsInquiryOkText)
        : FakeKisJson.Success(FakeKisMessages.RealInquiryOk, FakeKisMessages.RealInquiryOkText);

    public static FakeKisReply Missing(string field) =>
        FakeKisReply.Rejected(FakeKisMessages.MissingField, FakeKisMessages.MissingFieldText + " [" + field + "]");
}
