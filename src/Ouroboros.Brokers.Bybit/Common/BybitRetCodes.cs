namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>The retCodes the adapter acts on (external-apis.md §1.4); any other non-zero code is a refusal kept with its text.</summary>
public static class BybitRetCodes
{
    public const int Ok = 0;
    public const int ParameterError = 10001;
    public const int TimestampOutsideWindow = 10002;
    public const int InvalidKey = 10003;
    public const int SignatureError = 10004;
    public const int PermissionDenied = 10005;
    public const int TooManyVisits = 10006;
    public const int UnmatchedIp = 10010;
    public const int ServerError = 10016;
    public const int OrderDoesNotExist = 110001;
    public const int OrderAlreadyFinished = 110008;
    public const int LeverageNotModified = 110043;
    public const int DuplicateOrderLinkId = 110072;

    public static bool IsCredentialProblem(int code) => code is InvalidKey or SignatureError or PermissionDenied or UnmatchedIp;
}
