using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Ports;

/// <summary>Read-only account state a simulated broker checks fills against.</summary>
public interface IAccountView
{
    decimal AvailableCash(Currency currency);
    decimal PositionOf(int instrument);
}
