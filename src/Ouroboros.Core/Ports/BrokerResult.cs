namespace Ouroboros.Core.Ports;

/// <summary>Why a broker call failed. Expected failures are values; vendor exceptions never cross the port.</summary>
public enum BrokerErrorKind
{
    Network,
    RateLimited,
    Auth,
    Rejected,
    InvalidRequest,
    Unknown,
}

public sealed record BrokerError(BrokerErrorKind Kind, string Message);

/// <summary>A broker call's outcome: a value or an error (never both).</summary>
public readonly record struct BrokerResult<T>
{
    private BrokerResult(T? value, BrokerError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public BrokerError? Error { get; }
    public bool IsSuccess => Error is null;

    public static BrokerResult<T> Ok(T value) => new(value, null);
    public static BrokerResult<T> Fail(BrokerErrorKind kind, string message) => new(default, new BrokerError(kind, message));
}
