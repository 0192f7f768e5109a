namespace Ouroboros.Domain.Primitives;

/// <summary>Argument checks for values that must be positive or non-negative.</summary>
public static class Guard
{
    public static decimal Positive(decimal value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");

    public static decimal NotNegative(decimal value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number.");

    public static double FinitePositive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite positive number.");
}
