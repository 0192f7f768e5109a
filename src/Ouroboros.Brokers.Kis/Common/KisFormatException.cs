namespace Ouroboros.Brokers.Kis.Common;

/// <summary>A response that does not have the shape the contract promises; caught inside the client and returned as an Unknown error.</summary>
public sealed class KisFormatException : Exception
{
    public KisFormatException(string message)
        : base(message)
    {
    }

    public KisFormatException()
    {
    }

    public KisFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
