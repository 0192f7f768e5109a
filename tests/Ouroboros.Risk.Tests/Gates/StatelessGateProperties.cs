using Ouroboros.Domain.Venues;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.GateFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>
/// Properties every stateless gate must keep for any check, including ones with unknown inputs: a tighter limit never
/// approves what a looser one denied, an approval never breaks the limit, and an unknown input is never approved.
/// </summary>
public sealed class StatelessGateProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(1_000);
    private static void ForAll<T>(Gen<T> gen, Action<T> property) => Check.One(Config, Prop.ForAll(gen.ToArbitrary(), property));

    /// <summary>Whatever a tighter gate approves, the looser one approves too.</summary>
    private static void TighterNeverApprovesMore<TLimit>(Gen<RiskCheck> checks, Gen<(TLimit Tight, TLimit Loose)> limits, Func<TLimit, IRiskGate> gate) =>
        ForAll(from c in checks from l in limits select (Check: c, Limits: l), x =>
        {
            if (gate(x.Limits.Tight).Evaluate(x.Check).IsApproved)
                gate(x.Limits.Loose).Evaluate(x.Check).IsApproved.ShouldBeTrue($"{x.Limits.Tight} approved but {x.Limits.Loose} denied: {x.Check}");
        });

    /// <summary>Checks paired with a limit, for the "approval keeps the limit" and "unknown is never approved" properties.</summary>
    private static Gen<(RiskCheck Check, TLimit Limit)> With<TLimit>(Gen<RiskCheck> checks, Gen<TLimit> limits) =>
        from c in checks from l in limits select (c, l);

    // Max notional -------------------------------------------------------------------------------------------------

    private static readonly Gen<(Dictionary<Currency, decimal> Tight, Dictionary<Currency, decimal> Loose)> NotionalLimits =
        from pairs in Ordered(Gen.Choose(1, 5_000_000).Select(v => (decimal)v), tighterIsLower: true).ArrayOf(3)
        from configured in Gen.Elements(true, false).ArrayOf(3)
        select (Configured(pairs.Select(p => p.Tight), configured), Configured(pairs.Select(p => p.Loose), configured));

    /// <summary>Limits for the currencies flagged as configured; the others have none (and their entries are refused).</summary>
    private static Dictionary<Currency, decimal> Configured(IEnumerable<decimal> limits, bool[] configured) =>
        limits.Zip([Currency.USD, Currency.KRW, Currency.USDT], configured).Where(x => x.Third).ToDictionary(x => x.Second, x => x.First);

    [Fact]
    public void Max_notional_tightening_never_approves_more() =>
        TighterNeverApprovesMore(AnyCheck, NotionalLimits, limits => new MaxNotionalGate(limits));

    [Fact]
    public void Max_notional_approves_an_entry_only_with_a_known_value_within_its_currencys_limit() =>
        ForAll(With(AnyCheck, NotionalLimits.Select(l => l.Loose)), x =>
        {
            if (!x.Check.IsEntry || !new MaxNotionalGate(x.Limit).Evaluate(x.Check).IsApproved) return;
            x.Limit.TryGetValue(x.Check.Instrument.Currency, out var max).ShouldBeTrue();
            x.Check.EstimatedValue.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(max);
        });

    // Concentration and exposure -------------------------------------------------------------------------------------

    [Fact]
    public void Concentration_tightening_never_approves_more() =>
        TighterNeverApprovesMore(AnyCheck, Ordered(Fraction, tighterIsLower: true), f => new ConcentrationGate(f));

    [Fact]
    public void Concentration_approves_an_entry_only_when_the_position_after_stays_within_the_fraction_of_known_equity() =>
        ForAll(With(AnyCheck, Fraction), x =>
        {
            if (!x.Check.IsEntry || !new ConcentrationGate(x.Limit).Evaluate(x.Check).IsApproved) return;
            var equity = x.Check.Account.Equity.ShouldNotBeNull();
            x.Check.PositionValueAfter.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(x.Limit * equity);
        });

    [Fact]
    public void Exposure_tightening_never_approves_more() =>
        TighterNeverApprovesMore(AnyCheck, Ordered(Fraction, tighterIsLower: true), f => new ExposureGate(f));

    [Fact]
    public void Exposure_approves_an_entry_only_when_gross_exposure_after_stays_within_the_fraction_of_known_equity() =>
        ForAll(With(AnyCheck, Fraction), x =>
        {
            var check = x.Check;
            if (!check.IsEntry || !new ExposureGate(x.Limit).Evaluate(check).IsApproved) return;
            var positions = check.Account.Positions.ShouldNotBeNull();
            positions.ShouldAllBe(p => p.Price != null);
            var others = positions.Where(p => p.Instrument != check.Instrument.Id).Sum(p => Math.Abs(p.Quantity * p.Price!.Value));
            var after = check.PositionValueAfter.ShouldNotBeNull();
            (others + after).ShouldBeLessThanOrEqualTo(x.Limit * check.Account.Equity.ShouldNotBeNull());
        });

    // Minimum confidence -----------------------------------------------------------------------------------------------

    private static readonly Gen<double> Confidence = Gen.Choose(0, 100).Select(c => c / 100.0);

    private static readonly Gen<RiskCheck> ModelOrNotCheck =
        from check in AnyCheck
        from origin in Gen.Elements(IntentOrigin.Model, IntentOrigin.Model, IntentOrigin.Strategy, IntentOrigin.Operator, IntentOrigin.RiskExit)
        from confidence in Gen.Frequency((1, Gen.Constant<double?>(null)), (6, Confidence.Select(c => (double?)c)))
        select check with { Origin = origin, Confidence = confidence };

    [Fact]
    public void Min_confidence_raising_the_minimum_never_approves_more() =>
        TighterNeverApprovesMore(ModelOrNotCheck, Ordered(Confidence, tighterIsLower: false), m => new MinConfidenceGate(m));

    [Fact]
    public void Min_confidence_approves_a_model_entry_only_with_a_known_confidence_at_or_above_the_minimum() =>
        ForAll(With(ModelOrNotCheck, Confidence), x =>
        {
            if (x.Check.Origin != IntentOrigin.Model || !x.Check.IsEntry || !new MinConfidenceGate(x.Limit).Evaluate(x.Check).IsApproved) return;
            x.Check.Confidence.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(x.Limit);
        });

    // Leverage ----------------------------------------------------------------------------------------------------------

    private static readonly Gen<decimal> LeverageLimit = Gen.Choose(100, 1_000).Select(l => l / 100m);

    private static readonly Gen<RiskCheck> LeveragedCheck =
        from check in AnyCheck
        from leverage in Gen.Frequency((2, Gen.Constant(1m)), (5, Gen.Choose(0, 1_200).Select(l => l / 100m)))
        select check with { Leverage = leverage };

    [Fact]
    public void Leverage_lowering_the_maximum_never_approves_more() =>
        TighterNeverApprovesMore(LeveragedCheck, Ordered(LeverageLimit, tighterIsLower: true), m => new LeverageGate(m));

    [Fact]
    public void Leverage_approves_an_entry_only_at_1_or_on_crypto_within_the_maximum() =>
        ForAll(With(LeveragedCheck, LeverageLimit), x =>
        {
            if (!x.Check.IsEntry || !new LeverageGate(x.Limit).Evaluate(x.Check).IsApproved || x.Check.Leverage == 1m) return;
            x.Check.Instrument.Venue.ShouldBe(Venue.Bybit);
            x.Check.Leverage.ShouldBeInRange(1m, x.Limit);
        });

    // Price band ---------------------------------------------------------------------------------------------------------

    private static readonly Gen<RiskCheck> BandCheck =
        from check in AnyCheck
        from close in Maybe(Gen.Choose(1_000, 1_000_000).Select(c => (decimal)c))
        from limit in Maybe(Gen.Choose(500, 1_500_000).Select(c => (decimal)c))
        let history = close is { } c ? PreviousClose(check.Instrument, c) : new RiskHistory()
        let withHistory = check with { History = history }
        select limit is { } l ? withHistory.AsLimit(l) : withHistory;

    [Fact]
    public void Price_band_narrowing_the_band_never_approves_more() =>
        TighterNeverApprovesMore(BandCheck, Ordered(Fraction, tighterIsLower: true), b => new PriceBandGate(b));

    [Fact]
    public void Price_band_approves_a_krx_order_only_with_a_known_price_within_the_band_of_a_known_close() =>
        ForAll(With(BandCheck, Fraction), x =>
        {
            if (x.Check.Instrument.Venue != Venue.Krx || !new PriceBandGate(x.Limit).Evaluate(x.Check).IsApproved) return;
            var close = x.Check.History.PreviousClose(x.Check.Instrument.Id).ShouldNotBeNull();
            Math.Abs(x.Check.OrderPrice.ShouldNotBeNull() - close).ShouldBeLessThanOrEqualTo(x.Limit * close);
        });

    // VIX halt -----------------------------------------------------------------------------------------------------------

    private static readonly HashSet<Venue> StockVenues = [Venue.Krx, Venue.Us];

    private static readonly Gen<ReferenceSeries?> AnyVix =
        Gen.Frequency(
            (1, Gen.Constant<ReferenceSeries?>(null)),
            (6, from count in Gen.Choose(1, 6)
                from hours in Gen.Choose(1, 48).ArrayOf(count)
                from values in Gen.Choose(1_000, 8_000).ArrayOf(hours.Length)
                from startHoursBack in Gen.Choose(-24, 24 * 10)
                select (ReferenceSeries?)new ReferenceSeries("VIX", hours.Select((_, i) =>
                    (Checks.T0.AddHours(hours.Take(i + 1).Sum() - startHoursBack), values[i] / 100m)))));

    private static readonly Gen<(decimal Level, int MaxAgeHours)> VixLimit =
        from level in Gen.Choose(10, 80) from hours in Gen.Choose(1, 24 * 6) select ((decimal)level, hours);

    private static VixHaltGate VixGate((decimal Level, int MaxAgeHours) limit, ReferenceSeries? vix) =>
        new(limit.Level, TimeSpan.FromHours(limit.MaxAgeHours), vix, StockVenues);

    [Fact]
    public void Vix_halt_lowering_the_level_or_shortening_the_age_never_approves_more() =>
        ForAll(from check in AnyCheck from vix in AnyVix from a in VixLimit from b in VixLimit select (check, vix, a, b), x =>
        {
            var tight = (Math.Min(x.a.Level, x.b.Level), Math.Min(x.a.MaxAgeHours, x.b.MaxAgeHours));
            var loose = (Math.Max(x.a.Level, x.b.Level), Math.Max(x.a.MaxAgeHours, x.b.MaxAgeHours));
            if (VixGate(tight, x.vix).Evaluate(x.check).IsApproved) VixGate(loose, x.vix).Evaluate(x.check).IsApproved.ShouldBeTrue();
        });

    [Fact]
    public void Vix_halt_approves_a_covered_buy_only_with_a_fresh_vix_below_the_level() =>
        ForAll(from check in AnyCheck from vix in AnyVix from limit in VixLimit select (check, vix, limit), x =>
        {
            var covered = x.check.IsBuyEntry && StockVenues.Contains(x.check.Instrument.Venue);
            if (!covered || !VixGate(x.limit, x.vix).Evaluate(x.check).IsApproved) return;
            x.vix.ShouldNotBeNull().TryGetAsOf(x.check.Time, out var at, out var value).ShouldBeTrue();
            (x.check.Time - at).ShouldBeLessThanOrEqualTo(TimeSpan.FromHours(x.limit.MaxAgeHours));
            value.ShouldBeLessThan(x.limit.Level);
        });

    // NAV floor and fat finger ----------------------------------------------------------------------------------------

    [Fact]
    public void Nav_floor_raising_the_floor_never_approves_more() =>
        TighterNeverApprovesMore(AnyCheck, Ordered(Fraction, tighterIsLower: false), f => new NavFloorGate(f));

    [Fact]
    public void Nav_floor_approves_a_buy_entry_only_with_known_equity_at_or_above_the_floor() =>
        ForAll(With(AnyCheck, Fraction), x =>
        {
            if (!x.Check.IsBuyEntry || !new NavFloorGate(x.Limit).Evaluate(x.Check).IsApproved) return;
            x.Check.Account.Equity.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(x.Limit * x.Check.Account.InitialEquity.ShouldNotBeNull());
        });

    [Fact]
    public void Fat_finger_tightening_never_approves_more() =>
        TighterNeverApprovesMore(AnyCheck, Ordered(Fraction, tighterIsLower: true), f => new FatFingerGate(f));

    // Across gates -----------------------------------------------------------------------------------------------------

    /// <summary>Each gate with the checks it needs, and whether a check lacks an input that gate must know.</summary>
    private static readonly (string Gate, Gen<RiskCheck> Checks, IRiskGate Instance, Func<RiskCheck, bool> LacksInput)[] NeedsData =
    [
        ("max_notional", AnyCheck, new MaxNotionalGate(new Dictionary<Currency, decimal> { [Currency.USD] = 1e9m, [Currency.KRW] = 1e12m, [Currency.USDT] = 1e9m }),
            c => c.IsEntry && c.EstimatedValue is null),
        ("concentration", AnyCheck, new ConcentrationGate(1m), c => c.IsEntry && (c.PositionValueAfter is null || c.Account.Equity is null)),
        ("exposure", AnyCheck, new ExposureGate(1m),
            c => c.IsEntry && (c.Account.GrossExposure is null || c.PositionValueAfter is null || c.Account.Equity is null)),
        ("min_confidence", ModelOrNotCheck, new MinConfidenceGate(0), c => c.IsEntry && c.Origin == IntentOrigin.Model && c.Confidence is null),
        ("price_band", BandCheck, new PriceBandGate(1m),
            c => c.Instrument.Venue == Venue.Krx && (c.OrderPrice is null || c.History.PreviousClose(c.Instrument.Id) is null)),
        ("nav_floor", AnyCheck, new NavFloorGate(0m), c => c.IsBuyEntry && (c.Account.Equity is null || c.Account.InitialEquity is null)),
        ("fat_finger", AnyCheck, new FatFingerGate(1m), c => c.IsEntry && (c.EstimatedValue is null || c.Account.AvailableCash is null)),
        ("vix_halt", AnyCheck, new VixHaltGate(1_000m, TimeSpan.FromDays(30), null, StockVenues),
            c => c.IsBuyEntry && StockVenues.Contains(c.Instrument.Venue)),
    ];

    [Fact]
    public void A_check_lacking_an_input_the_gate_needs_is_denied_as_data_missing_even_at_the_loosest_limit()
    {
        foreach (var (name, checks, gate, lacksInput) in NeedsData)
        {
            ForAll(checks, check =>
            {
                if (!lacksInput(check)) return;
                var verdict = gate.Evaluate(check);
                verdict.IsApproved.ShouldBeFalse($"{name} approved {check}");
                verdict.IsDataMissing.ShouldBeTrue($"{name}: {verdict.Reason}");
            });
        }
    }

    /// <summary>The entry-only gates at their strictest, with nothing known: an exit must still pass every one.</summary>
    private static readonly (string Gate, Gen<RiskCheck> Checks, IRiskGate Instance)[] EntryGuards =
    [
        ("max_notional", AnyCheck, new MaxNotionalGate(new Dictionary<Currency, decimal> { [Currency.USD] = 1m })),
        ("concentration", AnyCheck, new ConcentrationGate(0.0001m)),
        ("exposure", AnyCheck, new ExposureGate(0.0001m)),
        ("min_confidence", ModelOrNotCheck, new MinConfidenceGate(1)),
        ("max_leverage", LeveragedCheck, new LeverageGate(1m)),
        ("nav_floor", AnyCheck, new NavFloorGate(1m)),
        ("fat_finger", AnyCheck, new FatFingerGate(0.0001m)),
        ("vix_halt", AnyCheck, new VixHaltGate(1m, TimeSpan.FromHours(1), null, StockVenues)),
    ];

    [Fact]
    public void Entry_gates_at_their_strictest_never_deny_an_exit()
    {
        foreach (var (name, checks, gate) in EntryGuards)
        {
            ForAll(checks, check =>
            {
                if (!check.IsEntry) gate.Evaluate(check).IsApproved.ShouldBeTrue($"{name} denied the exit {check}");
            });
        }
    }

    private static readonly Gen<decimal> Quantity =
        Gen.Frequency((1, Gen.Choose(1, 500).Select(q => (decimal)q)), (1, Gen.Choose(1, 2_000_000).Select(q => q / 1_000m)));

    [Fact]
    public void Tick_lot_approves_only_prices_on_the_grid_and_whole_lots_at_or_above_the_minimum() =>
        ForAll(from check in BandCheck from q in Quantity select check.WithQuantity(q), check =>
        {
            if (!new TickLotGate().Evaluate(check).IsApproved) return;
            check.Instrument.IsValidQuantity(check.Order.Quantity).ShouldBeTrue();
            if (check.Order.LimitPrice is { } limit) check.Instrument.TickSize.IsOnGrid(limit).ShouldBeTrue();
        });
}
