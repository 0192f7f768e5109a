namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>How a request ended before any body could be read.</summary>
internal enum BybitWireFailure
{
    None,

    /// <summary>No connection was made: the request never reached Bybit.</summary>
    NotConnected,

    /// <summary>No answer in time: Bybit may or may not have acted on it.</summary>
    Timeout,

    /// <summary>The connection broke after it was made: Bybit may or may not have acted on it.</summary>
    Broken,
}
