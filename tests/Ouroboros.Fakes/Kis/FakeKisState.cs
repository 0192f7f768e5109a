namespace Ouroboros.Fakes.Kis;

/// <summary>Everything the handlers read and change; one lock (<see cref="Gate"/>) guards all of it.</summary>
internal sealed class FakeKisState
{
    public FakeKisState(FakeKisHost host, TimeProvider clock, int seed)
    {
        Host = host;
        Clock = clock;
        Tokens = new FakeKisTokens(clock, seed);
        Market = new FakeKisMarket(Settings);
    }

    public Lock Gate { get; } = new();

    public FakeKisHost Host { get; }

    public TimeProvider Clock { get; }

    public FakeKisSettings Settings { get; } = new();

    public FakeKisPaging Paging { get; } = new();

    public List<FakeKisAccount> Accounts { get; } = [];

    public FakeKisTokens Tokens { get; }

    public FakeKisRateLimiter Limiter { get; } = new();

    public List<FakeKisOrderRecord> OrderRecords { get; } = [];

    /// <summary>KRW per unit of a foreign currency, as tests set it; absent rates are written as "".</summary>
    public Dictionary<string, decimal> ExchangeRates { get; } = new(StringComparer.Ordinal);

    public FakeKisMarket Market { get; }

    /// <summary>KRX closed days besides weekends, as tests add them.</summary>
    public HashSet<DateOnly> Holidays { get; } = [];

    public bool IsKrxBusinessDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(day);

    /// <summary>Whether the market trades now; KRX also honours <see cref="Holidays"/>.</summary>
    public bool IsOpen(FakeKisExchange exchange, DateTimeOffset now) =>
        exchange.IsOpen(now) && (exchange.OrderCode != FakeKisExchange.Krx || IsKrxBusinessDay(DateOnly.FromDateTime(exchange.LocalTime(now).DateTime)));

    public FakeKisAccount? KeyOwner(string appKey) => Accounts.FirstOrDefault(a => a.AppKey == appKey);
}
