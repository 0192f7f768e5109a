using Ouroboros.Domain.Playbooks;

namespace Ouroboros.Ai.Playbooks;

/// <summary>
/// A parsed playbook answer. <see cref="Playbook"/> is null only when the answer held no usable playbook JSON at all;
/// <see cref="Problems"/> lists everything dropped or refused (a dropped scenario, an unknown symbol, a bad stance) and
/// <see cref="Notes"/> what was fixed on the way (a generated id, a percentage read from a bare number).
/// </summary>
public sealed record PlaybookParseResult(Playbook? Playbook, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)
{
    public bool Succeeded => Playbook is not null;

    internal static PlaybookParseResult Failed(string problem) => new(null, [problem], []);
}
