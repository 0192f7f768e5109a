namespace Ouroboros.Hosting.Logging;

/// <summary>
/// Stands in for a logged exception once its text has been redacted: sinks print <see cref="ToString"/> (type,
/// message, inner exceptions and stack), which is the original's with every secret masked.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException()
        : this("redacted exception", "redacted exception")
    {
    }

    public RedactedException(string message)
        : this(message, message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    private RedactedException(string message, string text)
        : base(message)
    {
        _text = text;
    }

    /// <summary>The original exception's type name (its text may be read; the object is not kept).</summary>
    public string OriginalType { get; private init; } = "";

    public static RedactedException From(Exception exception, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(redactor);
        return new RedactedException(redactor.Redact(exception.Message), redactor.Redact(exception.ToString()))
        {
            OriginalType = exception.GetType().FullName ?? exception.GetType().Name,
        };
    }

    public override string ToString() => _text;
}
