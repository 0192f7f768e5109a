using System.Globalization;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Monitoring;

/// <summary>
/// Which slice of a list to return: at most <see cref="Limit"/> items after skipping <see cref="Offset"/>. Checked
/// here so every front end refuses a bad page the same way, before any store is opened.
/// </summary>
public sealed record PageRequest
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public PageRequest(int? limit = null, int? offset = null)
    {
        Limit = limit ?? DefaultLimit;
        Offset = offset ?? 0;
        if (Limit is < 1 or > MaxLimit)
            throw new InvalidInputException("limit", $"«limit» must be from 1 to {MaxLimit.ToString(CultureInfo.InvariantCulture)}, not {Limit.ToString(CultureInfo.InvariantCulture)}");
        if (Offset < 0)
            throw new InvalidInputException("offset", $"«offset» must be 0 or more, not {Offset.ToString(CultureInfo.InvariantCulture)}");
    }

    public int Limit { get; }
    public int Offset { get; }

    /// <summary>How many items a store must read so this page is complete (offset + limit, without overflow).</summary>
    public int Reach => (int)Math.Min(int.MaxValue, (long)Offset + Limit);

    /// <summary>This page of <paramref name="all"/>, with the total the list had before paging.</summary>
    public Page<T> Of<T>(IReadOnlyList<T> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return new Page<T>([.. all.Skip(Offset).Take(Limit)], all.Count, Offset, Limit);
    }
}
