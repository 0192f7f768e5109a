using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Tests.Runs;

/// <summary>Reading the stored runs back.</summary>
public sealed class RunQueriesTests
{
    [Fact]
    public async Task An_empty_journal_lists_no_runs_and_an_unknown_id_is_not_found()
    {
        using var app = new TestApplication();

        (await app.Runs().ListAsync(5)).ShouldBeEmpty();
        var error = await Should.ThrowAsync<NotFoundException>(() => app.Runs().ShowAsync("bt-nope"));
        error.Input.ShouldBe("id");
        error.Message.ShouldContain(app.Name);
        (await Should.ThrowAsync<InvalidInputException>(() => app.Runs().ListAsync(0))).Input.ShouldBe("limit");
    }
}
