namespace Ouroboros.Core.Errors;

/// <summary>The data the user pointed at cannot serve the request (missing files, no bars in range, mixed intervals, ...).</summary>
public sealed class DataProblemException(string? input, string template, Exception? inner = null) : UserException(input, template, inner);
