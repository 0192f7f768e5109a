using System.Text.Json;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Inbox;

namespace Ouroboros.Live.Agent;

/// <summary>
/// Operator commands (and the agent's own: entry blocks, cancels on exit, broker-state adoptions) as journaled inputs and
/// back, so a restart applies each at the same place in the stream. An input of a kind this agent does not know is skipped.
/// </summary>
internal static class OperatorInputs
{
    public const string Kind = "operator";

    public static AgentInput ToInput(long sequence, long afterSlices, OperatorCommand command) => command is AdoptBrokerStateCommand adopt
        ? AdoptionInputs.ToInput(sequence, afterSlices, adopt)
        : new(sequence, afterSlices, Kind, command.Time, JsonSerializer.Serialize(new Payload(
            command switch { KillCommand => "kill", HaltCommand => "halt", BlockEntriesCommand b => b.Blocked ? "block" : "unblock", CancelWorkingOrdersCommand => "cancel-all", ResumeCommand => "resume",
                _ => throw new ArgumentException($"{command.GetType().Name} is not an operator command", nameof(command)) },
            command switch { HaltCommand h => h.Scope, ResumeCommand r => r.Scope, _ => "account" },
            command.By, command.Reason, command.Time)));

    public static OperatorCommand? ToCommand(AgentInput input)
    {
        if (input.Kind == AdoptionInputs.Kind) return AdoptionInputs.ToCommand(input);
        if (input.Kind != Kind) return null;
        var p = JsonSerializer.Deserialize<Payload>(input.Payload) ?? throw new InvalidDataException($"operator input {input.Sequence} has no payload");
        return p.Action switch
        {
            "kill" => new KillCommand(p.By, p.Reason, p.Time),
            "halt" => new HaltCommand(p.Scope, p.By, p.Reason, p.Time),
            "resume" => new ResumeCommand(p.Scope, p.By, p.Reason, p.Time),
            "cancel-all" => new CancelWorkingOrdersCommand(p.By, p.Reason, p.Time),
            "block" or "unblock" => new BlockEntriesCommand(p.Action == "block", p.By, p.Reason, p.Time),
            _ => throw new InvalidDataException($"operator input {input.Sequence} has an unknown action '{p.Action}'"),
        };
    }

    private sealed record Payload(string Action, string Scope, string By, string Reason, DateTimeOffset Time);
}
