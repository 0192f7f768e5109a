using System.Collections.ObjectModel;

namespace Ouroboros.Indicators.Internal;

/// <summary>Shared read-only line-name lists, created once so that indicators do not allocate them per instance.</summary>
internal static class Lines
{
    public static ReadOnlyCollection<string> Single { get; } = Of("value");

    public static ReadOnlyCollection<string> Of(params string[] names) => Array.AsReadOnly(names);
}
