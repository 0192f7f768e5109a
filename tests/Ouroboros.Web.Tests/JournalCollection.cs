namespace Ouroboros.Web.Tests;

/// <summary>The tests that share one journal written by real runs.</summary>
[CollectionDefinition(Name)]
public sealed class JournalCollection : ICollectionFixture<JournalFixture>
{
    public const string Name = "journal";
}
