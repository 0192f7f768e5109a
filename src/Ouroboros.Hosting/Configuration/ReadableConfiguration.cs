namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// The configuration as far as it could be read: <see cref="Options"/> holds defaults where a file or value was
/// unusable, and the hard risk limits when a configured one was invalid. <see cref="JournalKnown"/> is false when a
/// skipped file might have named another journal.
/// </summary>
public sealed record ReadableConfiguration(OuroborosOptions Options, IReadOnlyList<string> Problems, IReadOnlyList<string> RiskProblems, bool JournalKnown);
