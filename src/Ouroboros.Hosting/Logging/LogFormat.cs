namespace Ouroboros.Hosting.Logging;

/// <summary>How the log file is written (Logging:Format).</summary>
public enum LogFormat
{
    /// <summary>One readable line per event.</summary>
    Plain,

    /// <summary>One JSON object per line (Serilog's rendered compact format: @t, @m, @l, @x and the properties).</summary>
    Json,
}
