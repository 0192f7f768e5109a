using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// One instrument's input to a prompt: its base bars (oldest first; daily for stocks, 15-minute for crypto),
/// how long one bar lasts, and the position (quantity 0 when flat, null when unknown). <see cref="LastPrice"/> is the
/// latest known price; when null the close of the last bar that had closed by the prompt's time is used.
/// </summary>
public sealed record PromptInstrument(
    Instrument Instrument,
    IReadOnlyList<Bar> Bars,
    TimeSpan BarLength,
    decimal? Quantity = 0m,
    decimal? AverageCost = null,
    decimal? LastPrice = null);
