using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>Daily playbooks: one row per day and market, the latest usable one before a day, match counts, listing.</summary>
public sealed class PlaybookStoreTests : IDisposable
{
    private static readonly DateOnly Monday = new(2025, 4, 7);
    private static readonly DateTimeOffset PlannedAt = new DateTimeOffset(2025, 4, 6, 23, 10, 0, TimeSpan.Zero).AddTicks(5);
    private static readonly FakeClock Clock = new(PlannedAt);
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("playbooks.db") };

    [Fact]
    public async Task Setting_the_match_count_of_a_day_never_saved_fails_naming_the_day_and_the_file()
    {
        var store = await SqlitePlaybookStore.OpenAsync(Options, Clock);

        var error = await Should.ThrowAsync<StorageException>(() => store.SetMatchCountAsync("KRX", Monday, 1, CancellationToken.None));

        error.Message.ShouldContain("2025-04-07");
        error.Message.ShouldContain(store.Path);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.SetMatchCountAsync("KRX", Monday, -1, CancellationToken.None));
    }

    private static PlaybookRecord Playbook(DateOnly date, string market, string status = "validated", string origin = "model") => new(
        date, market, status, origin, $$"""{"market":"{{market}}","scenarios":[{"name":"갭 상승","entry":"71500.50"}]}""",
        1200, 3, 0, PlannedAt.AddDays(date.DayNumber - Monday.DayNumber));
}
