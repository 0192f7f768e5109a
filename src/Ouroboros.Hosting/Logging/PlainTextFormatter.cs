using System.Globalization;
using Ouroboros.Core.Logging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Ouroboros.Hosting.Logging;

/// <summary>
/// The plain log line: time, level, <c>[decision ID]</c> when the event was written inside a
/// <see cref="DecisionScope"/>, the category, the message and the exception on the following lines.
/// </summary>
internal sealed class PlainTextFormatter : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _head =
        new("{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] ", CultureInfo.InvariantCulture);

    private readonly MessageTemplateTextFormatter _tail =
        new("{SourceContext}: {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);
        _head.Format(logEvent, output);
        if (logEvent.Properties.TryGetValue(DecisionScope.Field, out var id))
        {
            output.Write("[decision ");
            output.Write(id is ScalarValue { Value: string s } ? s : id.ToString());
            output.Write("] ");
        }
        _tail.Format(logEvent, output);
    }
}
