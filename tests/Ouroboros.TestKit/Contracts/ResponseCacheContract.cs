using Shouldly;
using Xunit;
using Ouroboros.Core.Ports;

namespace Ouroboros.TestKit.Contracts;

/// <summary>The response cache: what every implementation must do, whatever it stores in. Derive one class per implementation.</summary>
public abstract class ResponseCacheContract
{
    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<IResponseCache> OpenAsync(TimeProvider clock);

    private static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 4, 7, 9, 0, 0, TimeSpan.FromHours(9)).AddTicks(3);
    private static readonly FakeClock Clock = new(T0);
    private static readonly ResponseCacheKey Key = new("anthropic", "claude-sonnet", new string('a', 64), new string('b', 64));

    [Fact]
    public async Task A_key_never_put_is_a_miss()
    {
        var cache = await OpenAsync(Clock);

        (await cache.GetAsync(Key, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task An_answer_reads_back_exactly_including_null_usage()
    {
        var cache = await OpenAsync(Clock);
        var answer = new CachedResponse("""{"scenarios":[{"name":"gap up","한국어":"✓"}]}""", null, null, "You are a trading planner...", T0);

        await cache.PutAsync(Key, answer, CancellationToken.None);
        var back = (await cache.GetAsync(Key, CancellationToken.None)).ShouldNotBeNull();

        back.ShouldBe(answer);
        back.TokensIn.ShouldBeNull();
        back.TokensOut.ShouldBeNull();
        back.RecordedAt.UtcTicks.ShouldBe(T0.UtcTicks);
    }

    [Fact]
    public async Task Putting_the_same_key_again_replaces_the_answer_and_keeps_one_row()
    {
        var cache = await OpenAsync(Clock);
        await cache.PutAsync(Key, new CachedResponse("old", 10, 20, "prompt", T0), CancellationToken.None);
        var newer = new CachedResponse("new", 11, 21, "prompt v2", T0.AddDays(1));

        await cache.PutAsync(Key, newer, CancellationToken.None);

        (await cache.GetAsync(Key, CancellationToken.None)).ShouldBe(newer);
    }

    [Fact]
    public async Task Every_part_of_the_key_tells_answers_apart()
    {
        var cache = await OpenAsync(Clock);
        ResponseCacheKey[] keys =
        [
            Key,
            Key with { Provider = "openai" },
            Key with { Model = "claude-haiku" },
            Key with { SchemaHash = new string('c', 64) },
            Key with { PromptHash = new string('d', 64) },
        ];
        for (var i = 0; i < keys.Length; i++)
            await cache.PutAsync(keys[i], new CachedResponse($"answer {i}", i, i, "p", T0), CancellationToken.None);

        for (var i = 0; i < keys.Length; i++)
            (await cache.GetAsync(keys[i], CancellationToken.None)).ShouldNotBeNull().Text.ShouldBe($"answer {i}");
        (await cache.GetAsync(Key with { Provider = "ANTHROPIC" }, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Two_caches_on_the_same_file_see_each_others_answers()
    {
        var writer = await OpenAsync(Clock);
        var reader = await OpenAsync(Clock);
        var answer = new CachedResponse("shared", 1, 2, "p", T0);

        await writer.PutAsync(Key, answer, CancellationToken.None);

        (await reader.GetAsync(Key, CancellationToken.None)).ShouldBe(answer);
    }
}
