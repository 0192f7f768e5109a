using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Policy;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;

namespace Ouroboros.Risk.Tests.Engine;

public sealed class TmpDiag
{
    [Fact]
    public void Diag()
    {
        var tally = new Dictionary<string, int>();
        foreach (var x in ChainCase(30).Sample(2000, 50))
        {
            var v = StandardRiskEngine.Create(new RiskEnvironment(RiskPolicy.Hard, x.Vix, x.Calendar, []), backtest: true).Evaluate(x.Check);
            var k = (x.Check.IsEntry ? "entry " : "exit ") + (v.IsApproved ? "approved" : v.Gate + (v.IsDataMissing ? " (missing)" : ""));
            tally[k] = tally.GetValueOrDefault(k) + 1;
        }
        throw new InvalidOperationException(string.Join("\n", tally.OrderByDescending(t => t.Value).Select(t => $"{t.Key}: {t.Value}")));
    }
}
