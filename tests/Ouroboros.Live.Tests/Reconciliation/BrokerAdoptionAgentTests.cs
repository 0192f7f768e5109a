using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Primitives;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Replay;
using Ouroboros.Live.Tests.Parity;
using Ouroboros.Live.Tests.Recovery;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Live.Tests.Reconciliation;

/// <summary>
/// The agent adopts the broker's truth: a trade made outside it (in the broker's own app) becomes its position, the
/// operator is told, and a restart from the journal ends with the same account as a session never killed.
/// </summary>
public sealed class BrokerAdoptionAgentTests
{
    private const long TradeSlice = 150;
    private const decimal Quantity = 10m;
    private const decimal Price = 30_000m;

    private static readonly Lazy<IReadOnlyList<BarSeries>> Data =
        new(() => KrxData.Daily(new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31), "069500", "114800", "229200"));

    private static ReplayRig Rig => new("sma-cross", Data.Value, RiskOn: true) { LiveRisk = true };

    private static InstrumentId Traded => Data.Value[2].Instrument.Id;

    /// <summary>The external trade is known to the broker from this slice's time on; the agent sees it at the next reconcile.</summary>
    private static DateTimeOffset TradeTime => ReplaySlices.Of(Data.Value, MarketCalendars.Krx).ElementAt((int)TradeSlice - 1).Time;

    private static AgentRunSpec External(AgentRunSpec spec, List<FaultyBrokerAccount>? views = null) => spec with
    {
        ReconcileInterval = TimeSpan.FromTicks(1),
        WallClock = new SteppingClock(),
        BrokerAccountView = account =>
        {
            var view = new FaultyBrokerAccount(account).WithExternalTrade(Traded, Quantity, Price, TradeTime);
            views?.Add(view);
            return view;
        },
    };

    [Fact]
    public async Task An_external_trade_is_adopted_as_a_position_told_to_the_operator_and_a_restart_ends_with_the_same_account()
    {
        var views = new List<FaultyBrokerAccount>();
        var never = new KilledSession(Rig) { Configure = spec => External(spec, views) };
        (await never.RunOnceAsync(NoCrashPoints.Instance)).ShouldBeTrue();
        var reference = await SessionSnapshot.OfAsync(never.Journal);

        var adoption = reference.Inputs.ShouldHaveSingleItem("one adoption, and none while the paper broker agrees with the agent");
        adoption.Kind.ShouldBe("broker-adoption");
        adoption.AfterSlices.ShouldBe(TradeSlice);
        var told = never.Told.Single().Where(n => n.Kind == NotificationKind.ReconciliationDifference).ToList();
        told.Select(n => n.Severity).Distinct().ShouldBe([NotificationSeverity.Warning]);
        told.ShouldContain(n => n.Message.StartsWith($"adopted the broker's position of {Quantity} {Traded} @ {Price} (an external trade); ours was 0", StringComparison.Ordinal));
        told.ShouldContain(n => n.Message.StartsWith("adopted the broker's cash of ", StringComparison.Ordinal));
        // The agent's account ends at the broker's: the external trade stayed adopted through every later trade.
        var broker = (await views.Single().QueryAccountAsync(CancellationToken.None)).Value.ShouldNotBeNull();
        var last = reference.Last.ShouldNotBeNull();
        last.Cash.ShouldBe(broker.Cash);
        last.PositionsJson.ShouldBe(System.Text.Json.JsonSerializer.Serialize(broker.Positions.ToDictionary(p => p.Key.Value, p => p.Value)));
        // Stopped right after the slice the adoption came before, the agent holds the external trade (the strategy has not sold it yet).
        var early = new KilledSession(Rig, "S2")
        {
            Configure = spec => External(spec) with { Until = ReplaySlices.Of(Data.Value, MarketCalendars.Krx).ElementAt((int)TradeSlice).TradingDate },
        };
        (await early.RunOnceAsync(NoCrashPoints.Instance)).ShouldBeTrue();
        var atAdoption = (await early.Journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        atAdoption.SlicesDone.ShouldBe(TradeSlice + 1);
        atAdoption.PositionsJson.ShouldContain($"\"{Traded}\":{Quantity}");

        foreach (var crash in new[]
        {
            new CrashAt(CrashPointNames.ReconcileAfterQuery, (int)TradeSlice + 1),
            new CrashAt(CrashPointNames.OperatorBeforeApply, 1),
            new CrashAt(CrashPointNames.SliceAfterCheckpoint, (int)TradeSlice + 30),
        })
        {
            var killed = new KilledSession(Rig) { Configure = spec => External(spec) };
            await killed.RunAsync(crash);
            killed.Crashes.ShouldBe([crash.Point!], $"{crash}");
            (await SessionSnapshot.OfAsync(killed.Journal)).ShouldEqual(reference, $"killed at {crash}");
        }
    }

    [Fact]
    public async Task A_journaled_adoption_of_a_later_version_is_applied_at_its_place_and_its_unknown_fields_are_ignored()
    {
        const string payload = """
            {"version":2,"by":"reconciliation","reason":"the broker's account differed","time":"2021-03-02T06:30:00+00:00",
             "cash":9700000,"positions":[{"instrument":"KRX:229200","quantity":10,"average_price":30000,"external":true,"venue_note":"app"}],
             "fills":[],"orders":[],"adopted_by_desk":"seoul"}
            """;
        var journal = new InMemorySessionJournal("versioned");
        var until = ReplaySlices.Of(Data.Value, MarketCalendars.Krx).ElementAt(10).TradingDate;
        var spec = new ReplayRig("sma-cross", Data.Value, RiskOn: false).Agent(journal, "V", 0, [new AgentInput(1, 10, "broker-adoption", TradeTime, payload)]) with
        {
            Until = until,
            WallClock = new SteppingClock(),
            ReconcileInterval = TimeSpan.FromDays(1),
        };

        await new AgentRuntime().RunAsync(spec, CancellationToken.None);

        var last = (await journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        last.SlicesDone.ShouldBe(11);
        last.PositionsJson.ShouldContain("\"KRX:229200\":10");
    }

    [Fact]
    public async Task A_journaled_adoption_missing_a_figure_stops_the_agent_with_what_is_missing_instead_of_adopting_a_zero()
    {
        const string payload = """{"version":1,"by":"reconciliation","reason":"r","time":"2021-03-02T06:30:00+00:00","positions":[{"instrument":"KRX:229200"}]}""";
        var spec = new ReplayRig("sma-cross", Data.Value, RiskOn: false)
            .Agent(new InMemorySessionJournal("broken"), "X", 0, [new AgentInput(1, 10, "broker-adoption", TradeTime, payload)]);

        var error = await Should.ThrowAsync<InvalidDataException>(() => new AgentRuntime().RunAsync(spec, CancellationToken.None));

        error.Message.ShouldBe("broker-adoption input 1 cannot be read: the field 'quantity' is missing");
    }

    [Fact]
    public async Task A_broker_that_cannot_be_read_makes_the_agent_adopt_nothing()
    {
        var never = new KilledSession(Rig)
        {
            Configure = spec => External(spec) with
            {
                BrokerAccountView = account => new FaultyBrokerAccount(account).WithExternalTrade(Traded, Quantity, Price, TradeTime)
                    .FailNext(100_000, BrokerErrorKind.Auth, "token expired"),
            },
        };
        (await never.RunOnceAsync(NoCrashPoints.Instance)).ShouldBeTrue();

        var inputs = await never.Journal.InputsAsync(CancellationToken.None);
        inputs.ShouldNotBeEmpty();
        inputs.ShouldAllBe(i => i.Kind != "broker-adoption");
        never.Told.Single().ShouldNotContain(n => n.Message.StartsWith("adopted", StringComparison.Ordinal));
        var last = (await never.Journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        last.PositionsJson.ShouldNotContain(Traded.Value);
        last.Cash.ShouldBe(Rig.Cash, "entries stay blocked and nothing is adopted");
    }
}
