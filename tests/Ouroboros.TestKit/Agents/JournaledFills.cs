using System.Text.Json;
using Ouroboros.Core.Agent;

namespace Ouroboros.TestKit.Agents;

/// <summary>What a session heard of its broker's fills: the execution inputs it journaled (durable before the kernel hears them).</summary>
public static class JournaledFills
{
    public static async Task<decimal> QuantityAsync(ISessionJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return (await journal.InputsAsync(CancellationToken.None)).Where(i => i.Kind == "execution")
            .Select(i => JsonDocument.Parse(i.Payload).RootElement)
            .Where(p => p.GetProperty("Type").GetString() == "fill")
            .Sum(p => p.GetProperty("Fill").GetProperty("Quantity").GetDecimal());
    }
}
