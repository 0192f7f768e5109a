using System.Threading.Channels;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;

namespace Ouroboros.Live.Agent;

/// <summary>
/// A broker outside the process (KIS, Bybit) that the agent trades through instead of the paper broker: where orders
/// go, what it says about the account, and its reports about orders, in the order it sent them.
/// </summary>
public sealed record AgentBroker(string Name, IBroker Broker, IBrokerAccount Account, ChannelReader<ExecutionReport> Reports);
