namespace Ouroboros.Indicators;

/// <summary>An indicator computed from one number per bar; <see cref="IIndicator.Update"/> feeds it the close.</summary>
public interface IPriceIndicator : IIndicator
{
    /// <summary>Adds the next value. Throws <see cref="ArgumentOutOfRangeException"/> for NaN or infinity, which would poison the state.</summary>
    void Update(double value);
}
