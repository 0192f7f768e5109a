using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>An instrument the agent trades, as Bybit knows it: a linear (USDT-settled) contract's symbol, e.g. BTCUSDT.</summary>
public sealed record BybitInstrument(InstrumentId Id, string Symbol);
