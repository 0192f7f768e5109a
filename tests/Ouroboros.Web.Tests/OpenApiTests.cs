using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ouroboros.Web.Tests;

/// <summary>The OpenAPI document the server serves lists every endpoint it maps.</summary>
[Collection(JournalCollection.Name)]
public sealed class OpenApiTests(JournalFixture journal)
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_its_method()
    {
        await using var server = await RunningServer.StartAsync(journal.Journal);
        using var client = server.Client();
        var document = await Answers.JsonAsync(await client.GetAsync(WebServer.OpenApiPath));
        var listed = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name.TrimEnd('/')}"))
            .ToHashSet(StringComparer.Ordinal);

        var mapped = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText != WebServer.OpenApiPath)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}".TrimEnd('/')))
            .ToList();

        mapped.Count.ShouldBeGreaterThan(30);
        mapped.ShouldContain("POST /api/trading-states/halt");
        foreach (var endpoint in mapped)
            listed.ShouldContain(endpoint, $"{endpoint} is not in the OpenAPI document");
    }
}
