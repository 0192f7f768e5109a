using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;
using Ouroboros.Web.Security;

namespace Ouroboros.Web;

/// <summary>
/// Turns what a use case throws into a problem the caller can act on: bad input 400, unknown names 404, unusable data
/// 422, an unreadable journal 503. Anything else is a bug: 500 with a plain sentence; the stack goes to the log only,
/// never to the caller.
/// </summary>
public sealed partial class ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var (status, title, detail) = e switch
            {
                NotFoundException => (StatusCodes.Status404NotFound, "Not found", e.Message),
                InvalidInputException => (StatusCodes.Status400BadRequest, "Bad request", e.Message),
                DataProblemException => (StatusCodes.Status422UnprocessableEntity, "Data problem", e.Message),
                StorageException => (StatusCodes.Status503ServiceUnavailable, "Journal unavailable", e.Message),
                _ => (StatusCodes.Status500InternalServerError, "Unexpected failure", "the server failed unexpectedly; its log has the details"),
            };
            if (status == StatusCodes.Status500InternalServerError) LogBug(logger, e, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await Problems.WriteAsync(context, status, title, detail).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}")]
    private static partial void LogBug(ILogger logger, Exception exception, string method, string path);
}
