using Ouroboros.Risk.Policy;

namespace Ouroboros.Application.Operations;

/// <summary>One risk limit: the policy's hard value and the value in effect (null when this build does not know it).</summary>
public sealed record LimitStatus(LimitDefinition Limit, decimal? InEffect)
{
    public bool Tightened => InEffect is { } v && v != Limit.Hard;
}
