using System.Runtime.CompilerServices;

// The wire helpers (Retry-After parsing, error-body reading) are tested directly.
[assembly: InternalsVisibleTo("Ouroboros.Ai.Tests")]
