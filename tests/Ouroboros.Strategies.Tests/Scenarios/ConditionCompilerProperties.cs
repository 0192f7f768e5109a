using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Tests.Scenarios;

/// <summary>
/// The compiled code agrees with <see cref="ReferenceInterpreter"/> on random conditions (printed, re-parsed and
/// compiled, so the parser takes part) over random snapshots in which many values are missing.
/// </summary>
public sealed class ConditionCompilerProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(2_000);

    private static readonly string[] Names = ["open", "close", "change_pct", "rsi14", "sma20", "volume_ratio"];

    // Few distinct values, so that equal operands and ties at the boundaries of <= and >= come up often.
    private static readonly double[] Values = [double.NaN, -1.5, 0, 1, 2, 30];

    private static readonly SnapshotLayout Layout =
        new([ConditionBinder.Bind(string.Join(" && ", Names.Select(n => $"{n} > 0")))]);

    private static readonly Gen<ConditionOperand> Operands = Gen.OneOf(
        Gen.Elements(Names).Select(n => (ConditionOperand)new ConditionOperand.Name(n, 1)),
        Gen.Elements(Values.Where(v => !double.IsNaN(v)).ToArray()).Select(v => (ConditionOperand)new ConditionOperand.Number(v, 1)));

    private static readonly Gen<ConditionNode> Comparisons =
        from left in Operands
        from op in Gen.Elements(Enum.GetValues<CompareOp>())
        from right in Operands
        select (ConditionNode)new ConditionNode.Comparison(left, op, right);

    private static Gen<ConditionNode> Nodes(int depth) => depth == 0
        ? Comparisons
        : Gen.OneOf(
            Comparisons,
            Nodes(depth - 1).Select(n => (ConditionNode)new ConditionNode.Not(n)),
            from l in Nodes(depth - 1) from r in Nodes(depth - 1) select (ConditionNode)new ConditionNode.And(l, r),
            from l in Nodes(depth - 1) from r in Nodes(depth - 1) select (ConditionNode)new ConditionNode.Or(l, r));

    private static readonly Gen<double[]> Snapshots = Gen.Elements(Values).ArrayOf(Layout.Width);

    [Fact]
    public void Compiled_conditions_agree_with_three_valued_interpretation_of_the_tree_including_missing_values() =>
        Check.One(Config, Prop.ForAll((from n in Nodes(4) from s in Snapshots select (Node: n, Snapshot: s)).ArrayOf(5).ToArbitrary(), cases =>
        {
            foreach (var (node, snapshot) in cases)
            {
                var bound = ConditionBinder.Bind(node.ToString());
                var compiled = ConditionCompiler.Compile(bound, Layout);
                var expected = ReferenceInterpreter.Fires(node, name => snapshot[Layout.SlotOf(bound.ValueOf(name))]);
                compiled.Evaluate(snapshot).ShouldBe(expected, $"{node} over [{string.Join(", ", snapshot)}]");
            }
        }));

    [Fact]
    public void A_missing_value_never_fires_a_comparison_even_under_not()
    {
        var missing = new double[Layout.Width];
        Array.Fill(missing, double.NaN);
        foreach (var text in new[] { "rsi14 < 30", "!(rsi14 < 30)", "not rsi14 != 30", "!(rsi14 < 30 || rsi14 >= 30)", "rsi14 == rsi14" })
            ConditionCompiler.Compile(ConditionBinder.Bind(text), Layout).Evaluate(missing).ShouldBeFalse(text);
    }

    [Fact]
    public void A_known_side_of_an_or_still_fires_when_the_other_side_is_missing()
    {
        var snapshot = new double[Layout.Width];
        Array.Fill(snapshot, double.NaN);
        snapshot[Layout.SlotOf(ConditionBinder.Bind("close > 0").ValueOf("close"))] = 10;
        ConditionCompiler.Compile(ConditionBinder.Bind("rsi14 < 30 or close > 5"), Layout).Evaluate(snapshot).ShouldBeTrue();
        ConditionCompiler.Compile(ConditionBinder.Bind("rsi14 < 30 and close > 5"), Layout).Evaluate(snapshot).ShouldBeFalse();
    }

    [Fact]
    public void Negations_are_compiled_away_and_or_becomes_a_short_circuit_jump()
    {
        var compiled = ConditionCompiler.Compile(ConditionBinder.Bind("!(close > 1 && !(open <= 2))"), Layout);
        compiled.Code.Select(i => (i.Code, i.OnTrue, i.OnFalse)).ShouldBe(
        [
            (ConditionOpCode.LessOrEqual, CompiledCondition.Fires, 1),
            (ConditionOpCode.LessOrEqual, CompiledCondition.Fires, CompiledCondition.DoesNotFire),
        ]);
    }
}
