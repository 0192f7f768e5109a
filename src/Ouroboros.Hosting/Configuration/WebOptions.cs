using System.Net;

namespace Ouroboros.Hosting.Configuration;

/// <summary>Where the web server listens and its configured token (null: made at first start and kept next to the journal).</summary>
public sealed record WebOptions(string Host, int Port, string? Token)
{
    public const int MinTokenLength = 16;

    public static WebOptions Defaults { get; } = new("127.0.0.1", 8080, null);

    /// <summary>True for localhost and loopback addresses: only this machine can connect.</summary>
    public bool IsLoopback => Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>The configuration without the token, so printing or logging this record shows no secret.</summary>
    public override string ToString() => $"WebOptions {{ Host = {Host}, Port = {Port}, Token = {(Token is null ? "none" : "***")} }}";
}
