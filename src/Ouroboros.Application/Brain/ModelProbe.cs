using Ouroboros.Core.Language;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Brain;

/// <summary>
/// Sends one tiny structured request straight to a profile's model, without the router, so each provider is judged on
/// its own: no fallback hides a broken one, and no retry or budget stands in the way. The attempt is logged like any
/// other call, under the task <see cref="TaskName"/>, so the usage summary shows what the checks cost.
/// </summary>
public sealed class ModelProbe(PriceTable prices, ILlmCallLog calls, TimeProvider clock, IReadOnlyCollection<string> secrets)
{
    public const string TaskName = "llm-test";

    // Small enough to cost next to nothing, large enough for a model to close the object.
    public const int MaxOutputTokens = 64;

    public static readonly ChatRequest Request = new(
        "You are a connectivity check. Answer with JSON only.",
        "Reply with {\"ok\":true}",
        "llm_test",
        """{"type":"object","properties":{"ok":{"type":"boolean"}},"required":["ok"],"additionalProperties":false}""",
        MaxOutputTokens,
        Temperature: null);

    public async Task<ModelProbeResult> RunAsync(ModelProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var model = profile.Model;
        var started = clock.GetUtcNow();
        ChatResult result;
        try
        {
            result = await model.CompleteAsync(Request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Adapters promise not to throw for provider failures; if one does, it is this provider's failure, not the command's.
            result = ChatResult.Fail(new ChatFailure(ChatFailureKind.Unknown, e.GetType().Name + ": " + e.Message), clock.GetUtcNow() - started);
        }
        var cost = prices.CostOf(model.Model, result.TokensIn, result.TokensOut);
        var outcome = result.Failure is { } f ? ChatFailure.KindName(f.Kind) : "ok";
        var message = result.Failure is { } failure ? Redact(failure.ToString()) : null;
        await calls.AppendAsync(new LlmCallRecord(started, TaskName, profile.Provider, model.Model, PromptHash.Of(Request), result.TokensIn, result.TokensOut,
            cost, Math.Max(0, result.Latency.TotalMilliseconds), outcome, false, message), cancellationToken).ConfigureAwait(false);
        var reply = result.Text is { } text ? Redact(text.Length <= 120 ? text : text[..120] + "…") : null;
        return new ModelProbeResult(profile.Name, profile.Provider, model.Model, outcome, message, result.Latency.TotalMilliseconds,
            result.TokensIn, result.TokensOut, cost, prices.PriceOf(model.Model) is not null, reply);
    }

    /// <summary>The adapters already keep keys out of messages; this is the second lock on the same door.</summary>
    private string Redact(string text)
    {
        foreach (var secret in secrets.Where(s => s.Length >= 4))
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        return text.ReplaceLineEndings(" ");
    }
}
