namespace Ouroboros.Fakes.Bybit;

/// <summary>The injected faults with how many uses each has left. Thread-safe.</summary>
internal sealed class FakeBybitFaultQueue
{
    private readonly Lock gate = new();
    private readonly List<(FakeBybitFault Fault, int Left)> entries = [];

    public int Pending
    {
        get
        {
            lock (gate) return entries.Sum(e => e.Left);
        }
    }

    public void Add(FakeBybitFault fault)
    {
        lock (gate) entries.Add((fault, Math.Max(1, fault.Times)));
    }

    public FakeBybitFault? Take(FakeBybitRequest request)
    {
        lock (gate)
        {
            var index = entries.FindIndex(e => e.Fault.Matches(request));
            if (index < 0) return null;
            var (fault, left) = entries[index];
            if (left <= 1) entries.RemoveAt(index);
            else entries[index] = (fault, left - 1);
            return fault;
        }
    }
}
