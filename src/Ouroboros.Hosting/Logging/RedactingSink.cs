using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Ouroboros.Hosting.Logging;

/// <summary>
/// The one way into the sinks: every event is rebuilt with its message template, every property (nested values
/// included) and its exception run through the <see cref="SecretRedactor"/>, then written to the inner logger that
/// owns the console and file sinks. Disposing it flushes and closes them.
/// </summary>
internal sealed class RedactingSink(Serilog.Core.Logger inner, SecretRedactor redactor) : ILogEventSink, IDisposable
{
    private readonly MessageTemplateParser _parser = new();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        inner.Write(Redact(logEvent));
    }

    public void Dispose() => inner.Dispose();

    private LogEvent Redact(LogEvent e)
    {
        var text = redactor.Redact(e.MessageTemplate.Text);
        var template = ReferenceEquals(text, e.MessageTemplate.Text) ? e.MessageTemplate : _parser.Parse(text);
        var properties = e.Properties.Select(p => new LogEventProperty(p.Key, Redact(p.Value)));
        var exception = e.Exception is null ? null : RedactedException.From(e.Exception, redactor);
        return new LogEvent(e.Timestamp, e.Level, exception, template, properties,
            e.TraceId ?? default, e.SpanId ?? default);
    }

    private LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue scalar => Redact(scalar),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Redact)),
        StructureValue structure => new StructureValue(
            structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(
            kv => new KeyValuePair<ScalarValue, LogEventPropertyValue>(Redact(kv.Key), Redact(kv.Value)))),
        _ => value,
    };

    // Numbers are checked too: an account number logged as a long must be masked like the string.
    private ScalarValue Redact(ScalarValue scalar)
    {
        var text = scalar.Value switch
        {
            null or bool => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        if (text is null) return scalar;
        var redacted = redactor.Redact(text);
        return redacted == text ? scalar : new ScalarValue(redacted);
    }
}
