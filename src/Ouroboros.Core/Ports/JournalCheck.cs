namespace Ouroboros.Core.Ports;

/// <summary>What a full check of the journal found: <see cref="Problems"/> is empty when it is sound.</summary>
public sealed record JournalCheck(string Path, long Bytes, IReadOnlyList<string> Problems)
{
    public bool Sound => Problems.Count == 0;
}
