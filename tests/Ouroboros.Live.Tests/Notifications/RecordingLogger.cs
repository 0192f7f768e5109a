using Microsoft.Extensions.Logging;

namespace Ouroboros.Live.Tests.Notifications;

/// <summary>Keeps every formatted line and whether an exception object came with it.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<(LogLevel Level, string Text, Exception? Exception)> _lines = [];

    public IReadOnlyList<(LogLevel Level, string Text, Exception? Exception)> Lines
    {
        get
        {
            lock (_gate) return [.. _lines];
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate) _lines.Add((logLevel, formatter(state, exception), exception));
    }
}
