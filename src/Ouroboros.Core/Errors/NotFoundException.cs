namespace Ouroboros.Core.Errors;

/// <summary>The user named something that does not exist (a run id, a market).</summary>
public sealed class NotFoundException(string? input, string template, Exception? inner = null) : UserException(input, template, inner);
