using Ouroboros.Core.Planning;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Planning;

/// <summary>
/// Which instruments a model is asked about, and why (the scanner's selection context, logged and put in the
/// prompt). Held positions are always included so the model can plan their exits.
/// </summary>
public sealed record PlanningCandidates(IReadOnlyList<InstrumentId> Instruments, IReadOnlyList<string> Notes)
{
    /// <summary>Every instrument of the request, with no notes.</summary>
    public static PlanningCandidates All(PlanningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new([.. request.Instruments.Select(h => h.Instrument.Id)], []);
    }
}
