using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Planning;
using static Ouroboros.Strategies.Tests.Planning.Playbooks;
using static Ouroboros.Strategies.Tests.Scanning.ScanHistories;

namespace Ouroboros.Strategies.Tests.Planning;

public sealed class FallbackPlaybookTests
{
    [Fact]
    public void A_defensive_playbook_only_protects_what_is_held()
    {
        var playbook = DefensivePlaybook.Create(Day, "KRX",
        [
            History("HELD", Steps(60, 1m, -0.5m), position: 7m),
            History("FLAT", Steps(60, 1m, -0.5m)),
            History("UNKNOWN", Steps(60, 1m, -0.5m), position: null),
            History("NEW", Steps(5, 1m), position: 2m),
        ]);

        playbook.Origin.ShouldBe(PlaybookOrigin.Defensive);
        playbook.Stance.ShouldBe(PlaybookStance.Defensive);
        playbook.Scenarios.ShouldAllBe(s => s.Action == IntentAction.Sell);
        playbook.Scenarios.Select(s => s.Instrument.Value).Distinct().ShouldBe(["CSV:HELD", "CSV:NEW"]);
        playbook.Scenarios.Count(s => s.Instrument.Value == "CSV:HELD").ShouldBe(3);
        playbook.Scenarios.Count(s => s.Instrument.Value == "CSV:NEW").ShouldBe(2, "too short for an ATR stop, not for the pure conditions");
        ShouldBeValid(playbook);
    }

    [Fact]
    public void A_defensive_playbook_for_a_flat_book_is_empty()
    {
        var playbook = DefensivePlaybook.Create(Day, "US", []);

        playbook.Scenarios.ShouldBeEmpty();
        playbook.OriginLabel.ShouldBe("defensive");
    }

    [Fact]
    public void The_previous_day_playbook_is_re_dated_with_suffixed_ids_once()
    {
        var yesterday = Plan(Request(AsOfAfter(81), [History("UP", Steps(81, 2m, -1m), position: 1m)]));
        var today = Day.AddDays(1);

        var copy = PreviousDayPlaybook.From(yesterday, today);
        var copyOfCopy = PreviousDayPlaybook.From(copy, today.AddDays(1));

        copy.Date.ShouldBe(today);
        copy.Origin.ShouldBe(PlaybookOrigin.PreviousDay);
        copy.Stance.ShouldBe(yesterday.Stance);
        copy.Scenarios.Count.ShouldBe(yesterday.Scenarios.Count);
        copy.Scenarios.Select(s => s with { Id = s.Id[..^PreviousDayPlaybook.IdSuffix.Length] }).ShouldBe(yesterday.Scenarios);
        copy.Summary.ShouldNotBeNull().ShouldStartWith("previous-day copy of the 2021-06-01 rules-generated playbook");
        copyOfCopy.Scenarios.Select(s => s.Id).ShouldBe(copy.Scenarios.Select(s => s.Id));
        ShouldBeValid(copy);
        Should.Throw<ArgumentException>(() => PreviousDayPlaybook.From(yesterday, Day));
    }
}
