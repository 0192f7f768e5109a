using Ouroboros.Core.Ports;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Fees;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Core.Kernel;

/// <summary>Everything a kernel is built from. Backtest, paper and live differ only in the adapters given here.</summary>
public sealed record KernelSetup(
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<BrokerModel> BrokerModels,
    IStrategy Strategy,
    IBroker Broker,
    RiskEngine Risk,
    SizingPolicy Sizing,
    Currency AccountCurrency,
    decimal InitialCash,
    TimeProvider Clock,
    IOrderJournal OrderJournal,
    string OrderIdPrefix = "O");
