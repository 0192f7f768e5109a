namespace Ouroboros.Ai.Budgets;

/// <summary>Price per million tokens, in USD, of one model's input and output.</summary>
public sealed record ModelPrice(decimal InputPerMillion, decimal OutputPerMillion)
{
    public decimal CostOf(int tokensIn, int tokensOut) =>
        (InputPerMillion * tokensIn + OutputPerMillion * tokensOut) / 1_000_000m;
}
