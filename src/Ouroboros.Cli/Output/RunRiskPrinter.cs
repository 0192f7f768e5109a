using System.Globalization;
using Ouroboros.Core.Journal;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Cli.Output;

/// <summary>`runs show ID --risk`: the stored risk journal of a run, denials with their figures and incidents.</summary>
public static class RunRiskPrinter
{
    public static async Task PrintAsync(TextWriter output, RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        var denied = run.RiskDecisions.Where(d => !d.Approved).ToList();
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Risk decisions: {run.RiskDecisions.Count - denied.Count} approved, {denied.Count} denied").ConfigureAwait(false);
        foreach (var g in denied.GroupBy(d => d.Gate ?? "(unnamed)").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            await output.WriteLineAsync($"  {g.Key,-22} {g.Count(),6}").ConfigureAwait(false);
        foreach (var d in denied)
        {
            await output.WriteLineAsync($"{d.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}Z {d.OrderId} {InstrumentNames.Display(d.Instrument)} {d.Side} {d.Quantity.ToString(CultureInfo.InvariantCulture)} denied by {d.Gate}: {d.Reason}").ConfigureAwait(false);
            await output.WriteLineAsync($"  inputs {d.Inputs}").ConfigureAwait(false);
        }
        var incidents = run.RiskEvents ?? [];
        await output.WriteLineAsync($"Risk incidents: {incidents.Count}").ConfigureAwait(false);
        foreach (var e in incidents)
            await output.WriteLineAsync($"{e.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}Z {e.Kind} {e.Scope} {e.Source}: {e.Message}").ConfigureAwait(false);
    }
}
