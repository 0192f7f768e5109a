namespace Ouroboros.Core.Ports;

/// <summary>The journal's size before and after compaction.</summary>
public sealed record JournalVacuum(string Path, long BytesBefore, long BytesAfter);
