namespace Ouroboros.Domain.Calendars;

/// <summary>A trading day with other hours than usual: a late open (KRX), a half day or an early close.</summary>
internal sealed record SpecialSession(DateOnly Date, SessionHours Hours, bool IsEarlyClose, string Reason, bool IsProvisional = false);
