namespace Ouroboros.Fakes.Kis;

/// <summary>Which KIS host a <see cref="FakeKisServer"/> plays: one instance per host, as the real ones are two.</summary>
public enum FakeKisHost
{
    /// <summary>실전, <c>openapi.koreainvestment.com:9443</c>.</summary>
    Real,

    /// <summary>모의 (paper), <c>openapivts.koreainvestment.com:29443</c>.</summary>
    Vts,
}
