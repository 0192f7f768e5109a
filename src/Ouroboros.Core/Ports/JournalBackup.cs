namespace Ouroboros.Core.Ports;

/// <summary>A copy of the journal: where it was written and how big it is.</summary>
public sealed record JournalBackup(string Source, string Destination, long Bytes);
