using Ouroboros.Core.Planning;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// The fallback when planning failed and no earlier playbook exists: no new entries, only the protective SELLs of
/// <see cref="ProtectiveScenarios"/> for positions held (none when flat).
/// </summary>
public static class DefensivePlaybook
{
    public static Playbook Create(DateOnly date, string market, IEnumerable<InstrumentHistory> held, int maxScenariosPerInstrument = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxScenariosPerInstrument, 1);
        var positions = held.Where(h => h.Position is > 0)
            .GroupBy(h => h.Instrument.Id)
            .Select(g => g.First())
            .OrderBy(h => h.Instrument.Id.Value, StringComparer.Ordinal)
            .ToArray();
        var scenarios = positions
            .SelectMany(h => ProtectiveScenarios.For(h, InstrumentSnapshot.TryCreate(h, 21, out _)).Take(maxScenariosPerInstrument))
            .ToArray();
        var summary = $"Defensive stance: no new entries; protective exits for {positions.Length} held position(s); defensive";
        return new Playbook(date, market, PlaybookStance.Defensive, PlaybookOrigin.Defensive, scenarios, summary);
    }
}
