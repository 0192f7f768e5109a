using System.Text;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// A deliberately pessimistic token count: one token per three UTF-8 bytes, rounded up. Real tokenisers give fewer
/// for English and about as many for Korean or digits-heavy CSV, so a prompt that fits here fits everywhere.
/// </summary>
public static class TokenEstimator
{
    public static int Estimate(string? text) => string.IsNullOrEmpty(text) ? 0 : (Encoding.UTF8.GetByteCount(text) + 2) / 3;
}
