namespace Ouroboros.Ai.Prompts;

/// <summary>What is currently cut while a prompt is fitted to its budget; rendering reads it, the composer changes it.</summary>
internal sealed class TruncationState
{
    /// <summary>Memory lines dropped, oldest first.</summary>
    public int MemoryDropped { get; set; }

    /// <summary>Most rows shown per timeframe label (the newest ones).</summary>
    public Dictionary<string, int> RowLimit { get; } = new(StringComparer.Ordinal);

    /// <summary>Timeframe labels left out entirely.</summary>
    public HashSet<string> DroppedTimeframes { get; } = new(StringComparer.Ordinal);

    /// <summary>Candidates dropped from the end.</summary>
    public int CandidatesDropped { get; set; }
}
