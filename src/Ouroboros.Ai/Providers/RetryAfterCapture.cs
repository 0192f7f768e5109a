namespace Ouroboros.Ai.Providers;

/// <summary>
/// The Anthropic SDK's exceptions carry the status and body but not the headers, so this handler notes
/// <c>retry-after</c> / <c>retry-after-ms</c> of each error response into a box that belongs to the current call
/// (an <see cref="AsyncLocal{T}"/> flows from the caller down into the handler).
/// </summary>
internal sealed class RetryAfterCapture : DelegatingHandler
{
    private static readonly AsyncLocal<Box?> Current = new();

    public RetryAfterCapture(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>Starts capturing for the current async flow; read the box after the call.</summary>
    public static Box Begin()
    {
        var box = new Box();
        Current.Value = box;
        return box;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode && Current.Value is { } box)
        {
            box.RetryAfterMs = First(response, "retry-after-ms");
            box.RetryAfter = response.Headers.RetryAfter?.ToString() ?? First(response, "retry-after");
        }
        return response;
    }

    private static string? First(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    internal sealed class Box
    {
        public string? RetryAfterMs { get; set; }
        public string? RetryAfter { get; set; }
    }
}
