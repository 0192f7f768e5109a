using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>Tolerances of a comparison. Cash is exact by default; a broker that rounds interest may need a little slack.</summary>
public sealed record ReconcileOptions
{
    public static ReconcileOptions Exact { get; } = new();

    private readonly decimal _cashTolerance;

    /// <summary>The largest absolute cash difference still counted as equal.</summary>
    public decimal CashTolerance
    {
        get => _cashTolerance;
        init => _cashTolerance = Guard.NotNegative(value, nameof(CashTolerance));
    }
}
