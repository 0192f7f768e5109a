using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Kis.Tests.Http;

/// <summary>A client wired to a scripted handler, a fake clock and an in-memory token store.</summary>
public sealed class KisTestHost : IDisposable
{
    public const string AppKey = "PSabcdefghijklmnopqrstuvwxyz01234567";
    public const string AppSecret = "secret-of-one-hundred-and-eighty-characters";

    public KisTestHost(KisEnvironment environment = KisEnvironment.Vts, InMemoryTokenStore? store = null, FakeClock? clock = null,
        KisClientSettings? settings = null, ScriptedKisHandler? handler = null)
    {
        Clock = clock ?? new FakeClock(new DateTimeOffset(2026, 7, 9, 0, 30, 0, TimeSpan.Zero));
        Store = store ?? new InMemoryTokenStore();
        Handler = handler ?? new ScriptedKisHandler(Clock);
        Http = new HttpClient(Handler, disposeHandler: false);
        Options = new KisOptions
        {
            Environment = environment,
            AppKey = AppKey,
            AppSecret = AppSecret,
            AccountNumber = "50123456",
            RestBaseUrl = "http://127.0.0.1:1",
        };
        // A long timeout by default so that DriveAsync, which moves the clock to pending timers, never fires one by accident.
        Client = new KisClient(Options, Http, Clock, Store, settings: settings ?? new KisClientSettings { RequestTimeout = TimeSpan.FromHours(1) });
    }

    public FakeClock Clock { get; }

    public InMemoryTokenStore Store { get; }

    public ScriptedKisHandler Handler { get; }

    public HttpClient Http { get; }

    public KisOptions Options { get; }

    public KisClient Client { get; }

    /// <summary>Runs <paramref name="call"/>, moving the fake clock to each timer it waits on (back-offs, minute waits) until it ends.</summary>
    public async Task<T> DriveAsync<T>(Func<Task<T>> call, TimeSpan? limit = null)
    {
        var task = Task.Run(call);
        var end = Clock.GetUtcNow() + (limit ?? TimeSpan.FromMinutes(10));
        for (var spins = 0; !task.IsCompleted && spins < 100_000; spins++)
        {
            if (Clock.NextTimerDue is { } due && due <= end) Clock.SetUtcNow(due > Clock.GetUtcNow() ? due : Clock.GetUtcNow());
            else await Task.Delay(1);
        }
        return await task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        Client.Dispose();
        Http.Dispose();
        Handler.Dispose();
    }
}

/// <summary>Shorthands for asserting on results.</summary>
public static class BrokerResultAssertions
{
    public static T ShouldSucceed<T>(this BrokerResult<T> result)
    {
        result.Error.ShouldBeNull();
        return result.Value!;
    }

    public static BrokerError ShouldFail<T>(this BrokerResult<T> result, BrokerErrorKind kind)
    {
        result.IsSuccess.ShouldBeFalse("expected a " + kind + " error");
        result.Error!.Kind.ShouldBe(kind, result.Error.Message);
        return result.Error;
    }
}
