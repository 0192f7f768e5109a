namespace Ouroboros.Application.Brain;

/// <summary>
/// One profile's answer to the <see cref="ModelProbe"/>. <see cref="Outcome"/> is "ok" or the failure kind as logged in
/// <c>llm_calls</c>; <see cref="Message"/> says why it failed, with any API key removed. Tokens are null when the
/// provider did not report them; <see cref="Cost"/> is null when the model is not in the price table
/// (<see cref="Priced"/> false) or the usage is unknown.
/// </summary>
public sealed record ModelProbeResult(
    string Profile,
    string Provider,
    string Model,
    string Outcome,
    string? Message,
    double LatencyMs,
    int? TokensIn,
    int? TokensOut,
    decimal? Cost,
    bool Priced,
    string? Reply)
{
    public bool Ok => Outcome == "ok";
}
