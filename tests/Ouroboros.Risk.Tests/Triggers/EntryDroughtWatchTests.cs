using Ouroboros.Risk.Engine;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Tests.Support;
using Ouroboros.Risk.Triggers;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.Tests.Triggers;

/// <summary>When every entry has been denied for the alert window (60 minutes here), one alert names the gate that denied most.</summary>
public sealed class EntryDroughtWatchTests
{
    private static readonly DateTimeOffset T0 = Checks.T0;
    private static readonly ScopeState Account = ScopeState.ActiveSince(TradingStateBook.AccountScope, DateTimeOffset.MinValue);

    private readonly List<RiskEvent> _events = [];
    private readonly EntryDroughtWatch _watch;

    public EntryDroughtWatchTests() => _watch = new EntryDroughtWatch(TimeSpan.FromMinutes(60), _events);

    private void Deny(string gate, double minutes) => _watch.Record(T0.AddMinutes(minutes), RiskVerdict.Denied(gate, $"{gate} says no"), Account);

    private void Approve(double minutes) => _watch.Record(T0.AddMinutes(minutes), RiskVerdict.Approved, Account);

    [Fact]
    public void Denials_shorter_than_the_window_raise_no_alert()
    {
        Deny("fat_finger", 0);
        Deny("vix_halt", 30);
        Deny("fat_finger", 59.99);

        _events.ShouldBeEmpty();
    }

    [Fact]
    public void The_alert_fires_once_the_window_has_passed_and_names_the_gate_that_denied_most()
    {
        Deny("vix_halt", 0);
        Deny("fat_finger", 10);
        Deny("fat_finger", 20);

        Deny("vix_halt", 60);

        var alert = _events.ShouldHaveSingleItem();
        alert.Kind.ShouldBe(RiskEventKind.Alert);
        alert.Source.ShouldBe(EntryDroughtWatch.Source);
        alert.Scope.ShouldBe("account");
        alert.Time.ShouldBe(T0.AddMinutes(60));
        alert.Message.ShouldBe("every entry has been denied since 2024-03-04 15:00Z (4 denials); most by fat_finger (2), latest: vix_halt says no");
        FiguresOf(alert).ShouldBe(new Dictionary<string, string>
        {
            ["denials"] = "4", ["top_gate"] = "fat_finger", ["top_gate_denials"] = "2", ["since"] = T0.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Fact]
    public void A_tie_between_gates_names_the_first_in_ordinal_order()
    {
        Deny("vix_halt", 0);
        Deny("blackout", 60);

        FiguresOf(_events.ShouldHaveSingleItem())["top_gate"].ShouldBe("blackout");
    }

    [Fact]
    public void The_alert_fires_only_once_however_long_the_drought_lasts()
    {
        for (var minute = 0; minute <= 600; minute += 15) Deny("fat_finger", minute);

        _events.Count.ShouldBe(1);
    }

    [Fact]
    public void An_approval_ends_the_drought_and_a_new_one_needs_a_full_window_again()
    {
        Deny("fat_finger", 0);
        Deny("fat_finger", 61);
        Approve(62);

        Deny("vix_halt", 100);
        Deny("vix_halt", 159);
        _events.Count.ShouldBe(1);
        Deny("vix_halt", 160);

        _events.Count.ShouldBe(2);
        _events[1].Message.ShouldStartWith("every entry has been denied since 2024-03-04 16:40Z (3 denials); most by vix_halt (3)");
    }

    [Fact]
    public void An_approval_before_the_window_passes_prevents_the_alert()
    {
        Deny("fat_finger", 0);
        Approve(59);
        Deny("fat_finger", 61);

        _events.ShouldBeEmpty();
    }

    [Fact]
    public void The_alert_is_raised_in_the_scope_of_the_state_that_applied()
    {
        var krx = ScopeState.ActiveSince("KRX", T0);
        _watch.Record(T0, RiskVerdict.Denied("blackout", "no"), krx);
        _watch.Record(T0.AddHours(1), RiskVerdict.Denied("blackout", "no"), krx);

        _events.ShouldHaveSingleItem().Scope.ShouldBe("KRX");
    }

    [Fact]
    public void The_window_must_be_positive() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new EntryDroughtWatch(TimeSpan.Zero, []));

    [Fact]
    public void The_engine_alerts_on_a_drought_of_denied_entries_but_exits_neither_feed_nor_end_it()
    {
        var engine = NewEngine(limits: Tightened(("EntryDroughtAlertMinutes", "60")));
        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "pause");

        engine.Evaluate(Checks.Entry());
        engine.Evaluate(Checks.Exit() with { Time = T0.AddMinutes(30) }).IsApproved.ShouldBeTrue();
        engine.Evaluate(Checks.Entry() with { Time = T0.AddMinutes(60) });

        var alert = engine.Events.Alerts().ShouldHaveSingleItem();
        alert.Source.ShouldBe("entry_drought");
        FiguresOf(alert)["top_gate"].ShouldBe("trading_state");
        FiguresOf(alert)["denials"].ShouldBe("2");
    }
}
