using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// The WebSocket approval key (/oauth2/Approval, valid 24 h), fetched once and again only when KIS refuses it
/// (OPSP0011). A secret: never logged, never in a message.
/// </summary>
internal sealed class KisApprovalKey(Func<CancellationToken, Task<BrokerResult<string>>> source)
{
    private readonly Lock gate = new();
    private string? current;

    public string? Current
    {
        get
        {
            lock (gate) return current;
        }
    }

    /// <summary>The cached key, fetched first when there is none.</summary>
    public async Task<BrokerResult<string>> GetAsync(CancellationToken cancellationToken) =>
        Current is { } key ? BrokerResult<string>.Ok(key) : await RenewAsync(cancellationToken);

    /// <summary>Fetches a new key and keeps it; a failure (or a source that throws) is an error value.</summary>
    public async Task<BrokerResult<string>> RenewAsync(CancellationToken cancellationToken)
    {
        BrokerResult<string> fetched;
        try
        {
            fetched = await source(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            fetched = BrokerResult<string>.Fail(BrokerErrorKind.Network, ex.Message);
        }
        if (fetched.IsSuccess && !string.IsNullOrEmpty(fetched.Value))
        {
            lock (gate) current = fetched.Value;
            return fetched;
        }
        var why = fetched.Error?.Message ?? "it was empty";
        return BrokerResult<string>.Fail(fetched.Error?.Kind ?? BrokerErrorKind.Auth, $"the WebSocket approval key could not be fetched: {why}");
    }

    public override string ToString() => "KisApprovalKey(secret)";
}
