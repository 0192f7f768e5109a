using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Ouroboros.Hosting.Logging;

/// <summary>Writes formatted events to a caller's writer (a host that captures the console stream, tests).</summary>
internal sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
