namespace Ouroboros.Core.Tests.Support;

/// <summary>One ordered list of calls shared by the fakes of a kernel test, to check who was called when.</summary>
internal sealed class CallLog
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string entry) => _entries.Add(entry);

    public static string Stamp(DateTimeOffset time) => time.ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
