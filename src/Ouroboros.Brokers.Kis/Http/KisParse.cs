using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>Turns a call into a typed result; a body that breaks the contract is an Unknown error, never an exception.</summary>
internal static class KisParse
{
    public static BrokerResult<T> Map<T>(KisCall call, Func<KisResponse, T> read)
    {
        if (call.Response is not { } response) return call.FailAs<T>();
        return Read(() => read(response));
    }

    public static BrokerResult<T> Map<T>(BrokerResult<IReadOnlyList<KisResponse>> pages, Func<IReadOnlyList<KisResponse>, T> read)
    {
        if (!pages.IsSuccess) return BrokerResult<T>.Fail(pages.Error!.Kind, pages.Error.Message);
        return Read(() => read(pages.Value!));
    }

    public static BrokerResult<T> Read<T>(Func<T> read)
    {
        try
        {
            return BrokerResult<T>.Ok(read());
        }
        catch (KisFormatException e)
        {
            return BrokerResult<T>.Fail(BrokerErrorKind.Unknown, "the answer breaks the contract: " + e.Message);
        }
    }

    public static BrokerResult<T> NotOnVts<T>(string what) =>
        BrokerResult<T>.Fail(BrokerErrorKind.InvalidRequest, $"{what} is not supported on the paper host (VTS); it exists only on the real host");

    public static BrokerResult<T> Invalid<T>(string message) => BrokerResult<T>.Fail(BrokerErrorKind.InvalidRequest, message);
}
