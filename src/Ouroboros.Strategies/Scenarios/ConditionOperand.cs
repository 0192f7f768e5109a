using System.Globalization;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>One side of a comparison: a number or a named value (field or indicator). Positions are 1-based.</summary>
public abstract record ConditionOperand(int Position)
{
    public sealed record Number(double Value, int Position) : ConditionOperand(Position)
    {
        public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
    }

    public sealed record Name(string Text, int Position) : ConditionOperand(Position)
    {
        public override string ToString() => Text;
    }
}
