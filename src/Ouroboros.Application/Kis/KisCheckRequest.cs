namespace Ouroboros.Application.Kis;

/// <summary>What `kis check` quotes and subscribes to: a symbol and its market (KR or an overseas code, see <see cref="KisMarkets"/>).</summary>
public sealed record KisCheckRequest(string Symbol = "005930", string Market = "KR");
