using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ouroboros.Fakes.Telegram;

/// <summary>
/// A loopback Bot API (external-apis.md §3) for one bot token: getMe, getUpdates long polling with offset,
/// sendMessage (MarkdownV2 checked: 400 "Bad Request: can't parse entities" on a bad text; 429 with
/// parameters.retry_after and a Retry-After header when a fault is queued or a chat gets two messages within
/// <see cref="PerChatInterval"/> on the fake's clock), answerCallbackQuery and editMessageText. Every error has the
/// envelope {ok:false, error_code, description[, parameters]} with the HTTP status equal to error_code. Tests inject
/// updates with <see cref="PushMessage"/> and <see cref="PushCallback"/> and read what was sent from <see cref="Sent"/>.
/// </summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly string _token;
    private readonly TimeProvider _clock;
    private readonly List<JsonObject> _updates = [];
    private readonly List<FakeTelegramSent> _sent = [];
    private readonly List<FakeTelegramAnswer> _answers = [];
    private readonly List<string> _paths = [];
    private readonly Dictionary<long, DateTimeOffset> _lastSend = [];
    private readonly Queue<int> _rateLimitFaults = new();
    private readonly Queue<(int Code, string Description)> _pollFaults = new();
    private TaskCompletionSource _updated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;
    private int _nextUpdateId = 800_000_100;
    private int _nextMessageId = 300;
    private int _nextCallbackId;
    private int _rateLimited;
    private int _badRequests;

    private FakeTelegramServer(string token, TimeProvider clock)
    {
        _token = token;
        _clock = clock;
    }

    /// <summary>e.g. http://127.0.0.1:50123 (no trailing slash): Telegram:BaseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Two messages to one chat closer than this get a 429 (null: no pacing check).</summary>
    public TimeSpan? PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The offset of the latest getUpdates.</summary>
    public int LastOffset { get; private set; }

    public IReadOnlyList<FakeTelegramSent> Sent { get { lock (_gate) return [.. _sent]; } }

    public IReadOnlyList<FakeTelegramAnswer> Answers { get { lock (_gate) return [.. _answers]; } }

    /// <summary>Every request path, as received (the token included: tests check it never reaches a log).</summary>
    public IReadOnlyList<string> Paths { get { lock (_gate) return [.. _paths]; } }

    public int RateLimitedAnswers { get { lock (_gate) return _rateLimited; } }

    public int BadRequests { get { lock (_gate) return _badRequests; } }

    public static async Task<FakeTelegramServer> StartAsync(string token, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeTelegramServer(token, clock ?? TimeProvider.System);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        server._app = app;
        return server;
    }

    /// <summary>The next <paramref name="count"/> sendMessage calls get 429 with retry_after <paramref name="retryAfterSeconds"/>.</summary>
    public void RateLimitNextSends(int count, int retryAfterSeconds)
    {
        lock (_gate) for (var i = 0; i < count; i++) _rateLimitFaults.Enqueue(retryAfterSeconds);
    }

    /// <summary>The next getUpdates fails with this code and description (e.g. 409 Conflict).</summary>
    public void FailNextPoll(int code, string description)
    {
        lock (_gate) _pollFaults.Enqueue((code, description));
    }

    /// <summary>A text message from <paramref name="chatId"/> (a private chat: the user id is the chat id).</summary>
    public void PushMessage(long chatId, string text) => Push(new JsonObject
    {
        ["message"] = Message(NextMessageId(), chatId, text, fromUser: true),
    });

    /// <summary>A press of the button with <paramref name="data"/> under message <paramref name="messageId"/>; returns the callback query id.</summary>
    public string PushCallback(long chatId, int messageId, string data)
    {
        string id;
        lock (_gate) id = "cbq" + (++_nextCallbackId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Push(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = id,
                ["from"] = User(chatId),
                ["message"] = Message(messageId, chatId, "(buttons)", fromUser: false),
                ["chat_instance"] = "-7311201223456789012",
                ["data"] = data,
            },
        });
        return id;
    }

    /// <summary>Waits (real time, bounded) until <paramref name="done"/> holds for what was sent and answered.</summary>
    public async Task<bool> WaitForAsync(Func<FakeTelegramServer, bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (done(this)) return true;
            await Task.Delay(20);
        }
        return done(this);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private int NextMessageId()
    {
        lock (_gate) return ++_nextMessageId;
    }

    private void Push(JsonObject update)
    {
        lock (_gate)
        {
            update["update_id"] = ++_nextUpdateId;
            _updates.Add(update);
            _updated.TrySetResult();
        }
    }

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Operator" };

    private JsonObject Message(int id, long chatId, string text, bool fromUser) => new()
    {
        ["message_id"] = id,
        ["from"] = fromUser ? User(chatId) : new JsonObject { ["id"] = 987654321, ["is_bot"] = true, ["first_name"] = "Ouroboros" },
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Operator" },
        ["date"] = _clock.GetUtcNow().ToUnixTimeSeconds(),
        ["text"] = text,
    };

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        lock (_gate) _paths.Add(path);
        var parts = path.Trim('/').Split('/');
        if (parts.Length != 2 || !parts[0].StartsWith("bot", StringComparison.Ordinal))
        {
            await ErrorAsync(context, 404, "Not Found");
            return;
        }
        if (parts[0][3..] != _token)
        {
            await ErrorAsync(context, 401, "Unauthorized: invalid token specified");
            return;
        }
        var args = await FakeTelegramArguments.ReadAsync(context.Request);
        switch (parts[1].ToLowerInvariant())
        {
            case "getme":
                await OkAsync(context, new JsonObject { ["id"] = 987654321, ["is_bot"] = true, ["first_name"] = "Ouroboros", ["username"] = "ouroboros_bot" });
                break;
            case "getupdates":
                await GetUpdatesAsync(context, args);
                break;
            case "sendmessage":
                await SendMessageAsync(context, args);
                break;
            case "answercallbackquery":
                lock (_gate) _answers.Add(new FakeTelegramAnswer("answerCallbackQuery", args.Text("callback_query_id"), null, null, args.Text("text")));
                await OkAsync(context, true);
                break;
            case "editmessagetext":
                if (FakeTelegramMarkdownV2.Problem(args.Text("text") ?? "") is { } bad && args.Text("parse_mode") == "MarkdownV2")
                {
                    await BadRequestAsync(context, bad);
                    break;
                }
                lock (_gate) _answers.Add(new FakeTelegramAnswer("editMessageText", null, args.Long("chat_id"), (int?)args.Long("message_id"), args.Text("text")));
                await OkAsync(context, Message((int)(args.Long("message_id") ?? 0), args.Long("chat_id") ?? 0, args.Text("text") ?? "", fromUser: false));
                break;
            default:
                await ErrorAsync(context, 404, "Not Found: method not found");
                break;
        }
    }

    private async Task GetUpdatesAsync(HttpContext context, FakeTelegramArguments args)
    {
        (int Code, string Description)? fault = null;
        lock (_gate) if (_pollFaults.Count > 0) fault = _pollFaults.Dequeue();
        if (fault is { } f)
        {
            await ErrorAsync(context, f.Code, f.Description);
            return;
        }
        var offset = (int)(args.Long("offset") ?? 0);
        var timeout = TimeSpan.FromSeconds(args.Long("timeout") ?? 0);
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            JsonArray found;
            lock (_gate)
            {
                LastOffset = offset;
                // Confirmed updates (below the offset) are forgotten, as the Bot API does.
                _updates.RemoveAll(u => (int)u["update_id"]! < offset);
                found = [.. _updates.Select(u => u.DeepClone())];
                if (_updated.Task.IsCompleted) _updated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                changed = _updated.Task;
            }
            var left = until - DateTime.UtcNow;
            if (found.Count > 0 || left <= TimeSpan.Zero)
            {
                await OkAsync(context, found);
                return;
            }
            await Task.WhenAny(changed, Task.Delay(left, context.RequestAborted));
            if (context.RequestAborted.IsCancellationRequested) return;
        }
    }

    private async Task SendMessageAsync(HttpContext context, FakeTelegramArguments args)
    {
        var chatId = args.Long("chat_id");
        var text = args.Text("text") ?? "";
        var parseMode = args.Text("parse_mode");
        if (chatId is null)
        {
            await BadRequestAsync(context, "chat not found");
            return;
        }
        if (text.Length is 0 or > 4096)
        {
            await BadRequestAsync(context, text.Length == 0 ? "message text is empty" : "message is too long");
            return;
        }
        if (parseMode == "MarkdownV2" && FakeTelegramMarkdownV2.Problem(text) is { } problem)
        {
            await BadRequestAsync(context, problem.Replace("Can't", "can't", StringComparison.Ordinal));
            return;
        }
        int? retry = null;
        FakeTelegramSent? sent = null;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_rateLimitFaults.Count > 0) retry = _rateLimitFaults.Dequeue();
            else if (PerChatInterval is { } gap && _lastSend.TryGetValue(chatId.Value, out var last) && now - last < gap) retry = (int)Math.Ceiling(gap.TotalSeconds);
            if (retry is not null) _rateLimited++;
            else
            {
                _lastSend[chatId.Value] = now;
                sent = new FakeTelegramSent(++_nextMessageId, chatId.Value, text, parseMode, args.Bool("disable_notification"), args.CallbackData(), now);
                _sent.Add(sent);
            }
        }
        if (retry is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ErrorAsync(context, 429, $"Too Many Requests: retry after {seconds}", new JsonObject { ["retry_after"] = seconds });
            return;
        }
        await OkAsync(context, Message(sent!.MessageId, chatId.Value, text, fromUser: false));
    }

    private Task BadRequestAsync(HttpContext context, string problem)
    {
        lock (_gate) _badRequests++;
        return ErrorAsync(context, 400, "Bad Request: " + problem);
    }

    private static Task OkAsync(HttpContext context, JsonNode result) =>
        WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static Task ErrorAsync(HttpContext context, int code, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null) body["parameters"] = parameters;
        return WriteAsync(context, code, body);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
