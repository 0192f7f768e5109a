namespace Ouroboros.Bots.Telegram;

public enum ControlKind
{
    Halt,
    Resume,
    Kill,
    Stop,
}

/// <summary>A control command waiting for its confirmation button: what, on which market (null: the account).</summary>
public sealed record ControlAction(ControlKind Kind, string? Market)
{
    public string Describe() => Kind switch
    {
        ControlKind.Halt => $"halt {Market ?? "the whole account"} (no new entries until resumed)",
        ControlKind.Resume => $"resume {Market ?? "the whole account"}",
        ControlKind.Kill => "KILL: halt the account and cancel every working order",
        _ => "stop the agent (working orders are kept unless Run:CancelOnExit)",
    };
}
