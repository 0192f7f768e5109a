using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Engine;

/// <summary>The engine runs gates in order and the first denial wins.</summary>
public sealed class RiskEngineTests
{
    /// <summary>A gate with a fixed answer that records when it was asked.</summary>
    private sealed class ScriptedGate(string name, bool approve, List<string> calls) : IRiskGate
    {
        public string Name => name;

        public RiskVerdict Evaluate(RiskCheck check)
        {
            calls.Add(name);
            return approve ? RiskVerdict.Approved : RiskVerdict.Denied(name, $"{name} says no");
        }
    }

    private readonly List<string> _calls = [];

    private ScriptedGate Gate(string name, bool approve) => new(name, approve, _calls);

    [Fact]
    public void An_engine_without_gates_approves_everything_and_is_disabled()
    {
        var engine = new RiskEngine([]);

        engine.IsEnabled.ShouldBeFalse();
        engine.Evaluate(Checks.Entry(value: 1e9m, cash: 0m, equity: null)).ShouldBeSameAs(RiskVerdict.Approved);
        RiskEngine.None.IsEnabled.ShouldBeFalse();
        RiskEngine.None.Gates.ShouldBeEmpty();
    }

    [Fact]
    public void All_gates_are_asked_in_order_when_each_approves()
    {
        var engine = new RiskEngine([Gate("a", true), Gate("b", true), Gate("c", true)]);

        engine.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();

        engine.IsEnabled.ShouldBeTrue();
        _calls.ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void The_first_denial_wins_and_later_gates_are_not_asked()
    {
        var engine = new RiskEngine([Gate("a", true), Gate("b", false), Gate("c", false)]);

        var verdict = engine.Evaluate(Checks.Entry());

        verdict.IsApproved.ShouldBeFalse();
        verdict.Gate.ShouldBe("b");
        verdict.Reason.ShouldBe("b says no");
        _calls.ShouldBe(["a", "b"]);
    }

    [Fact]
    public void The_engine_keeps_the_gates_it_was_given_in_order()
    {
        var gates = new IRiskGate[] { Gate("x", true), new FatFingerGate() };

        new RiskEngine(gates).Gates.Select(g => g.Name).ShouldBe(["x", "fat_finger"]);
    }

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => RiskEngine.None.Evaluate(null!));
}
