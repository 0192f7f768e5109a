namespace Ouroboros.Core.Errors;

/// <summary>An input value is malformed or out of range (a sizing that does not parse, a negative warm-up, ...).</summary>
public sealed class InvalidInputException(string? input, string template, Exception? inner = null) : UserException(input, template, inner);
