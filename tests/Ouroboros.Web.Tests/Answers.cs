using System.Text.Json;

namespace Ouroboros.Web.Tests;

/// <summary>Reading answers: JSON bodies, and the problem of a refused request with its content type checked.</summary>
internal static class Answers
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, text);
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>The problem's detail, after checking the status and that it is application/problem+json.</summary>
    public static async Task<string> ProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        using var doc = JsonDocument.Parse(text);
        doc.RootElement.GetProperty("status").GetInt32().ShouldBe(status);
        return doc.RootElement.GetProperty("detail").GetString()!;
    }

    /// <summary>Everything a client could read of an answer: status line, headers and body.</summary>
    public static async Task<string> EverythingAsync(HttpResponseMessage response) =>
        $"{response.StatusCode}\n{response.Headers}\n{response.Content.Headers}\n{await response.Content.ReadAsStringAsync()}";
}
