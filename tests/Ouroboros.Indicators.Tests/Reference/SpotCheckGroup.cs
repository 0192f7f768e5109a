namespace Ouroboros.Indicators.Tests.Reference;

/// <summary>The spot checks of one reference test, e.g. indicator "RSI", call "ToRsi(14)".</summary>
internal sealed record SpotCheckGroup(string Indicator, string Call, IReadOnlyList<SpotCheck> Checks);
