using System.Globalization;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Orders;

/// <summary>
/// Issues client order ids. Backtests use <see cref="Deterministic"/> (<c>O-000001</c>: goldens pin them). Live and
/// paper sessions use <see cref="ForSession"/>: <c>{sessionKey}-{sequence}</c>, where the key is unique per session
/// start and the sequence resumes after the highest one in the journal, so an id never repeats at a broker across
/// restarts (a repeated id would make the broker treat a new order as a retry of an old one). Ids are at most
/// <see cref="MaxLength"/> characters of [A-Za-z0-9-] (Bybit's orderLinkId limit; KIS accepts the same).
/// </summary>
public sealed class ClientOrderIdGenerator
{
    public const int MaxLength = 36;
    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Discriminators are 4 base-36 digits: two sessions started in the same millisecond collide with odds 1 in 1.7 million.</summary>
    public const int DiscriminatorRange = 36 * 36 * 36 * 36;

    private readonly string _prefix;
    private readonly bool _padded;
    private long _sequence;

    private ClientOrderIdGenerator(string prefix, bool padded, long lastSequence)
    {
        _prefix = prefix;
        _padded = padded;
        _sequence = lastSequence;
    }

    /// <summary>The session key (or the backtest prefix) every id starts with.</summary>
    public string Prefix => _prefix;

    /// <summary>The last sequence number issued.</summary>
    public long LastSequence => _sequence;

    /// <summary>Backtests: <c>{prefix}-000001</c>, <c>{prefix}-000002</c>, ...; the same run gives the same ids.</summary>
    public static ClientOrderIdGenerator Deterministic(string prefix = "O")
    {
        Validate(prefix, nameof(prefix));
        return new ClientOrderIdGenerator(prefix, padded: true, 0);
    }

    /// <summary>Live and paper: <c>{sessionKey}-{n}</c> with n from <paramref name="lastSequence"/> + 1 (see <see cref="HighestSequence"/>).</summary>
    public static ClientOrderIdGenerator ForSession(string sessionKey, long lastSequence = 0)
    {
        Validate(sessionKey, nameof(sessionKey));
        ArgumentOutOfRangeException.ThrowIfNegative(lastSequence);
        // Room for the longest sequence a long can hold, so Next can never exceed the limit.
        if (sessionKey.Length + 1 + long.MaxValue.ToString(CultureInfo.InvariantCulture).Length > MaxLength)
            throw new ArgumentException($"Session key '{sessionKey}' leaves no room for a sequence within {MaxLength} characters.", nameof(sessionKey));
        return new ClientOrderIdGenerator(sessionKey, padded: false, lastSequence);
    }

    /// <summary>
    /// A key unique per session start: the start time in milliseconds since 1970 in base 36 (8 characters until the
    /// year 5188), a dash and a 4-digit base-36 discriminator (seeded or injected; it tells apart sessions started in
    /// the same millisecond, e.g. two hosts).
    /// </summary>
    public static string NewSessionKey(DateTimeOffset start, int discriminator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(discriminator);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(discriminator, DiscriminatorRange);
        var ms = start.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(ms, nameof(start));
        return $"{ToBase36(ms, 1)}-{ToBase36(discriminator, 4)}";
    }

    /// <inheritdoc cref="NewSessionKey(DateTimeOffset, int)"/>
    public static string NewSessionKey(DateTimeOffset start, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return NewSessionKey(start, random.Next(DiscriminatorRange));
    }

    /// <summary>The highest sequence among journaled ids of the <c>{key}-{n}</c> form (0 when there is none).</summary>
    public static long HighestSequence(IEnumerable<ClientOrderId> journaled)
    {
        ArgumentNullException.ThrowIfNull(journaled);
        var highest = 0L;
        foreach (var id in journaled)
        {
            var dash = id.Value.LastIndexOf('-');
            if (dash >= 0 && long.TryParse(id.Value.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > highest)
                highest = n;
        }
        return highest;
    }

    public ClientOrderId Next()
    {
        var n = ++_sequence;
        return new(_padded
            ? string.Create(CultureInfo.InvariantCulture, $"{_prefix}-{n:D6}")
            : string.Create(CultureInfo.InvariantCulture, $"{_prefix}-{n}"));
    }

    private static string ToBase36(long value, int minDigits)
    {
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do
        {
            buffer[--i] = Base36[(int)(value % 36)];
            value /= 36;
        }
        while (value > 0);
        while (buffer.Length - i < minDigits) buffer[--i] = '0';
        return new string(buffer[i..]);
    }

    private static void Validate(string key, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(key, name);
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                throw new ArgumentException($"'{key}' may only contain [A-Za-z0-9-].", name);
        }
    }
}
