using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ouroboros.Bots.Telegram;
using Ouroboros.Fakes.Telegram;
using Ouroboros.Hosting;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Bots.Tests.Telegram;

/// <summary>
/// A Telegram channel against the loopback fake, over a real SQLite journal in a temp directory, on a FakeClock
/// (pacing, 429 waits and confirmation expiry move only when the test moves the clock); every log line is kept.
/// </summary>
public sealed class TelegramHarness : IAsyncDisposable
{
    public const string Token = "1234567890:ABCdefGHIjklMNOpqrsTUVwxyz";
    public const long Operator = 123456789;

    private TelegramHarness(FakeTelegramServer fake, FakeClock clock, TempDirectory directory, ServiceProvider services, CollectingLogger logs, TelegramChannel channel)
    {
        Fake = fake;
        Clock = clock;
        Directory = directory;
        Services = services;
        Logs = logs;
        Channel = channel;
    }

    public FakeTelegramServer Fake { get; }

    public FakeClock Clock { get; }

    public TempDirectory Directory { get; }

    public ServiceProvider Services { get; }

    public CollectingLogger Logs { get; }

    public TelegramChannel Channel { get; }

    public static async Task<TelegramHarness> StartAsync(Func<TelegramOptions, TelegramOptions>? configure = null, bool commands = true)
    {
        var clock = new FakeClock();
        var fake = await FakeTelegramServer.StartAsync(Token, clock);
        var directory = new TempDirectory();
        var logs = new CollectingLogger();
        var journal = directory.File("journal.db");
        var options = OuroborosOptions.Defaults with { StoragePath = journal };
        var collection = new ServiceCollection().AddOuroboros(options, new SqliteStoreOptions { Path = journal }, b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace), exportTelemetry: false);
        collection.AddSingleton<TimeProvider>(clock);
        var services = collection.BuildServiceProvider();
        var telegram = new TelegramOptions
        {
            BotToken = Token,
            ChatIds = [Operator],
            BaseUrl = fake.BaseUrl,
            LongPollSeconds = 1,
            PollingInterval = TimeSpan.Zero,
            CommandsEnabled = commands,
        };
        var channel = new TelegramChannel(configure?.Invoke(telegram) ?? telegram, services);
        channel.Start();
        return new TelegramHarness(fake, clock, directory, services, logs, channel);
    }

    /// <summary>Moves the fake clock a second at a time until <paramref name="done"/> holds (bounded in real time).</summary>
    public async Task<bool> AdvanceUntilAsync(Func<bool> done, int maxSeconds = 600)
    {
        for (var i = 0; i < maxSeconds * 4 && !done(); i++)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(5);
        }
        return await Fake.WaitForAsync(_ => done(), TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await Channel.DisposeAsync();
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        Directory.Dispose();
    }
}
