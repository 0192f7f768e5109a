namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>A response that does not have the shape the contract promises; caught inside the client and returned as an Unknown error.</summary>
public sealed class BybitFormatException : Exception
{
    public BybitFormatException(string message)
        : base(message)
    {
    }

    public BybitFormatException()
    {
    }

    public BybitFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
