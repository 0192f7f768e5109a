using Shouldly;
using Xunit;
using Ouroboros.Core.Ports;

namespace Ouroboros.TestKit.Contracts;

/// <summary>Broker tokens kept across restarts: what every implementation must do. Derive one class per implementation.</summary>
public abstract class BrokerTokenStoreContract
{
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 7, 9, 0, 15, 2, TimeSpan.Zero).AddTicks(7);

    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<IBrokerTokenStore> OpenAsync();

    [Fact]
    public async Task A_token_saved_before_a_restart_is_loaded_after_it_with_its_times_to_the_tick()
    {
        var token = new BrokerToken("eyJ0eXAiOiJKV1Qi.payload.sig", T0, T0.AddHours(24));
        await (await OpenAsync()).SaveAsync("kis", "0123456789abcdef", token, CancellationToken.None);

        (await (await OpenAsync()).LoadAsync("kis", "0123456789abcdef", CancellationToken.None)).ShouldBe(token);
    }

    [Fact]
    public async Task Tokens_are_kept_per_broker_and_per_key_and_a_new_one_replaces_the_old()
    {
        var store = await OpenAsync();
        await store.SaveAsync("kis", "key-a", new BrokerToken("a1", T0, T0.AddHours(24)), CancellationToken.None);
        await store.SaveAsync("kis", "key-b", new BrokerToken("b1", T0, T0.AddHours(24)), CancellationToken.None);
        await store.SaveAsync("kis", "key-a", new BrokerToken("a2", T0.AddHours(23), T0.AddHours(47)), CancellationToken.None);

        (await store.LoadAsync("kis", "key-a", CancellationToken.None))!.Value.ShouldBe("a2");
        (await store.LoadAsync("kis", "key-b", CancellationToken.None))!.Value.ShouldBe("b1");
        (await store.LoadAsync("bybit", "key-a", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task A_deleted_token_is_gone_and_deleting_one_that_never_was_is_harmless()
    {
        var store = await OpenAsync();
        await store.SaveAsync("kis", "key-a", new BrokerToken("a1", T0, T0.AddHours(24)), CancellationToken.None);
        await store.DeleteAsync("kis", "key-a", CancellationToken.None);
        await store.DeleteAsync("kis", "never", CancellationToken.None);

        (await store.LoadAsync("kis", "key-a", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public void A_token_never_shows_its_value_when_printed() =>
        new BrokerToken("secret-token-value", T0, T0.AddHours(24)).ToString().ShouldNotContain("secret-token-value");
}
