using Ouroboros.Core.Ports;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Kernel;

/// <summary>The account as a simulated venue checks fills against it: one cash currency, positions by instrument.</summary>
internal sealed class KernelAccountView(KernelState state) : IAccountView
{
    public decimal AvailableCash(Currency currency) => currency == state.Portfolio.Currency ? state.Portfolio.Cash : 0m;

    public decimal PositionOf(int instrument) => state.Portfolio.QuantityOf(instrument);
}
