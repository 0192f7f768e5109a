using Ouroboros.Brokers.Kis;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Kis;

/// <summary>
/// `data fetch --source kis`: downloads bars through the KIS client (paced by its rate limiter) into the CSV layout the
/// backtester reads, oldest first, without duplicates. It asks in windows of one call each (daily: 140 calendar days, at
/// most 100 weekdays, the most one call returns) from the oldest, and appends each window as it arrives (today's minute
/// bars are one paged query), so a failure keeps every earlier window. An existing file is continued after its last bar. A bar KIS sends
/// without a field is skipped and reported, never written with 0.
/// </summary>
public sealed class KisBarFetch(KisConnectionSettings settings, KisClientFactory clients, TimeProvider time)
{
    private const int DailyWindowDays = 140;

    public async Task<KisFetchResult> ExecuteAsync(KisFetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Symbol)) throw new InvalidInputException("symbol", "«symbol» is empty: give the code to download, e.g. 005930.");
        if (string.IsNullOrWhiteSpace(request.OutFile)) throw new InvalidInputException("out", "«out» is empty: give the CSV file to write.");
        var exchange = KisMarkets.Parse(request.Market);
        var resumedAfter = KisBarFile.LastTime(request.OutFile);
        var symbol = request.Symbol.Trim();
        if (request.Interval == KisFetchInterval.Minute)
        {
            if (!exchange.IsDomestic)
                throw new InvalidInputException("interval", $"«interval» 1m: KIS gives minute bars of today for KRX only, not {exchange.OrderCode}; use 1d.");
            var today = KisClock.KstToday(time);
            if ((request.From ?? today) != today || (request.To ?? today) != today)
                throw new InvalidInputException("from", $"KIS gives minute bars of today only ({today:yyyy-MM-dd} KST): leave «from» and «to» out, or give today.");
        }
        var to = request.To ?? KisClock.KstToday(time).AddDays(-1);
        var from = request.From ?? to.AddYears(-1);
        if (from > to) throw new InvalidInputException("from", $"«from» {from:yyyy-MM-dd} is after «to» {to:yyyy-MM-dd}.");
        var options = settings.Resolve();
        using var client = clients.Create(options);
        var progress = new Progress(request.OutFile, resumedAfter, request.Interval == KisFetchInterval.Minute);
        return request.Interval == KisFetchInterval.Minute
            ? await MinutesAsync(client, symbol, progress, cancellationToken).ConfigureAwait(false)
            : await DaysAsync(client, exchange, symbol, from, to, progress, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<KisFetchResult> DaysAsync(KisClient client, KisExchange exchange, string symbol, DateOnly from, DateOnly to,
        Progress progress, CancellationToken cancellationToken)
    {
        if (progress.ResumedAfter is { } last && DateOnly.FromDateTime(last.UtcDateTime) >= from) from = DateOnly.FromDateTime(last.UtcDateTime).AddDays(1);
        for (var start = from; start <= to; start = start.AddDays(DailyWindowDays))
        {
            var end = start.AddDays(DailyWindowDays - 1) < to ? start.AddDays(DailyWindowDays - 1) : to;
            progress.Calls++;
            BrokerError? error;
            if (exchange.IsDomestic)
            {
                var bars = await client.Domestic.GetDailyBarsAsync(symbol, start, end, cancellationToken).ConfigureAwait(false);
                error = bars.Error;
                if (bars.IsSuccess) progress.Add([.. bars.Value!.Select(b => Bar(b.Date, b.Open, b.High, b.Low, b.Close, b.Volume))]);
            }
            else
            {
                var bars = await client.Overseas.GetDailyBarsAsync(exchange, symbol, start, end, cancellationToken).ConfigureAwait(false);
                error = bars.Error;
                if (bars.IsSuccess)
                {
                    foreach (var missing in bars.Value!.Where(b => b.Volume is null)) progress.Skipped.Add($"{missing.Date:yyyy-MM-dd} (no volume)");
                    progress.Add([.. bars.Value!.Where(b => b.Volume is not null).Select(b => Bar(b.Date, b.Open, b.High, b.Low, b.Close, b.Volume!.Value))]);
                }
            }
            if (error is not null) return progress.Stopped($"{start:yyyy-MM-dd} to {end:yyyy-MM-dd}", error);
        }
        return progress.Done();
    }

    /// <summary>
    /// Today's minutes after the last one written, up to the last minute that has ended (the current one may still move).
    /// KIS pages minute bars backwards from a time, so this is one paged query: a failure writes nothing new.
    /// </summary>
    private async Task<KisFetchResult> MinutesAsync(KisClient client, string symbol, Progress progress, CancellationToken cancellationToken)
    {
        var now = KisClock.Kst(time);
        var today = DateOnly.FromDateTime(now.DateTime);
        var since = TimeOnly.MinValue;
        if (progress.ResumedAfter is { } last && last.ToOffset(KisClock.KstOffset) is var kst && DateOnly.FromDateTime(kst.DateTime) == today)
            since = TimeOnly.FromDateTime(kst.DateTime).AddMinutes(1);
        var until = TimeOnly.FromDateTime(now.DateTime);
        if (since > until) return progress.Done();
        progress.Calls++;
        var bars = await client.Domestic.GetMinuteBarsAsync(symbol, since, until, cancellationToken).ConfigureAwait(false);
        if (!bars.IsSuccess) return progress.Stopped($"{since:HH:mm} to {until:HH:mm} KST", bars.Error!);
        var ended = now.AddMinutes(-1);
        progress.Add([.. bars.Value!.Where(b => b.Date == today)
            .Select(b => (Bar: b, At: new DateTimeOffset(b.Date.ToDateTime(b.Time), KisClock.KstOffset)))
            .Where(x => x.At <= ended)
            .Select(x => new KisFetchedBar(x.At.ToUniversalTime(), x.Bar.Open, x.Bar.High, x.Bar.Low, x.Bar.Close, x.Bar.Volume))]);
        return progress.Done();
    }

    private static KisFetchedBar Bar(DateOnly date, decimal open, decimal high, decimal low, decimal close, decimal volume) =>
        new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), open, high, low, close, volume);

    /// <summary>What has been written so far; appends only bars after the last one written, so nothing is duplicated.</summary>
    private sealed class Progress(string file, DateTimeOffset? resumedAfter, bool intraday)
    {
        private DateTimeOffset? _last = resumedAfter;
        private DateTimeOffset? _first;
        private int _written;

        public DateTimeOffset? ResumedAfter { get; } = resumedAfter;

        public int Calls { get; set; }

        public List<string> Skipped { get; } = [];

        public void Add(IReadOnlyList<KisFetchedBar> bars)
        {
            var fresh = bars.Where(b => _last is null || b.Time > _last).OrderBy(b => b.Time).ToList();
            if (fresh.Count == 0) return;
            KisBarFile.Append(file, fresh, intraday);
            _first ??= fresh[0].Time;
            _last = fresh[^1].Time;
            _written += fresh.Count;
        }

        public KisFetchResult Done() => new(file, _written, ResumedAfter, _first, _last, Calls, Skipped, null);

        public KisFetchResult Stopped(string window, BrokerError error) =>
            new(file, _written, ResumedAfter, _first, _last, Calls, Skipped, $"the window {window} failed ({error.Kind}: {error.Message})");
    }
}
