using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Tests.Scenarios;

/// <summary>
/// The obvious tree-walking evaluation the compiled code must agree with: Kleene three-valued logic where a
/// comparison with a missing (NaN) value is unknown, "not unknown" is unknown, and unknown at the end does not fire.
/// </summary>
internal static class ReferenceInterpreter
{
    public static bool Fires(ConditionNode node, Func<string, double> read) => Evaluate(node, read) == true;

    private static bool? Evaluate(ConditionNode node, Func<string, double> read) => node switch
    {
        ConditionNode.Not n => !Evaluate(n.Inner, read),
        ConditionNode.And a => (Evaluate(a.Left, read), Evaluate(a.Right, read)) switch
        {
            (false, _) or (_, false) => false,
            (true, true) => true,
            _ => null,
        },
        ConditionNode.Or o => (Evaluate(o.Left, read), Evaluate(o.Right, read)) switch
        {
            (true, _) or (_, true) => true,
            (false, false) => false,
            _ => null,
        },
        ConditionNode.Comparison c => Compare(c.Op, Value(c.Left, read), Value(c.Right, read)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static bool? Compare(CompareOp op, double left, double right) =>
        double.IsNaN(left) || double.IsNaN(right) ? null : ConditionSyntax.Holds(op, left, right);

    private static double Value(ConditionOperand operand, Func<string, double> read) => operand switch
    {
        ConditionOperand.Number n => n.Value,
        ConditionOperand.Name name => read(name.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(operand)),
    };
}
