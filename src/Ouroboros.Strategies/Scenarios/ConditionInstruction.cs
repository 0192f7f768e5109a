namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// One comparison of a compiled condition. It reads slot <see cref="Left"/> / <see cref="Right"/> of the snapshot,
/// or the constant beside it when the slot is -1, then continues at <see cref="OnTrue"/> or <see cref="OnFalse"/>:
/// an instruction index, or <see cref="CompiledCondition.Fires"/> / <see cref="CompiledCondition.DoesNotFire"/>.
/// </summary>
public readonly record struct ConditionInstruction(
    ConditionOpCode Code, int Left, double LeftConstant, int Right, double RightConstant, int OnTrue, int OnFalse);
