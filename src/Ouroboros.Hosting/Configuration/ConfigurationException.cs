namespace Ouroboros.Hosting.Configuration;

/// <summary>Start-up configuration is invalid; <see cref="Problems"/> lists every problem at once.</summary>
public sealed class ConfigurationException(IReadOnlyList<string> problems)
    : Exception("invalid configuration: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
