namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// One postfix instruction. A comparison reads slot <see cref="Left"/> / <see cref="Right"/> of the snapshot, or the
/// constant beside it when the slot is -1; And/Or combine the top two results.
/// </summary>
public readonly record struct ConditionInstruction(ConditionOpCode Code, int Left, double LeftConstant, int Right, double RightConstant);
