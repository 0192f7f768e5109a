using Ouroboros.Application.Planning;
using Ouroboros.Core.Errors;
using Ouroboros.Storage.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests.Planning;

/// <summary>Planning a day without any model key: the rules planner writes it, and it is stored.</summary>
public sealed class PlanDayTests
{
    private static readonly string[] Data = [RepoPaths.Data("kr", "krx-069500-daily.csv"), RepoPaths.Data("kr", "krx-091160-daily.csv")];
    private static readonly DateOnly Day = new(2023, 11, 1);

    [Fact]
    public async Task Without_keys_the_rules_planner_writes_the_day_from_bars_before_it_and_the_journal_keeps_it()
    {
        using var app = new TestApplication();

        var result = await app.Plans().ExecuteAsync(new PlanDayRequest("KR", Day, Data));

        result.Planner.ShouldBe("rules");
        result.Plan.Playbook.Market.ShouldBe("KRX");
        result.Request.Instruments.ShouldAllBe(h => h.Bars.All(b => b.Time < new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero)));
        var store = await SqlitePlaybookStore.OpenAsync(app.Store, TimeProvider.System);
        (await store.ListAsync(null, 10, CancellationToken.None)).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("MARS", "2023-11-01", null, "market")]
    [InlineData("KR", "2023-11-01", "gpt", "planner")]
    [InlineData("KR", "2025-11-01", null, "date")]
    public async Task Bad_input_is_a_typed_user_error_naming_the_input(string market, string date, string? planner, string input)
    {
        using var app = new TestApplication();

        var error = await Should.ThrowAsync<InvalidInputException>(() =>
            app.Plans().ExecuteAsync(new PlanDayRequest(market, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Data, planner)));

        error.Input.ShouldBe(input);
    }

    [Fact]
    public async Task A_day_before_all_the_data_is_a_data_problem()
    {
        using var app = new TestApplication();

        var error = await Should.ThrowAsync<DataProblemException>(() => app.Plans().ExecuteAsync(new PlanDayRequest("KR", new DateOnly(1999, 11, 1), Data)));

        error.Template.ShouldContain("pick a later «date»");
    }
}
