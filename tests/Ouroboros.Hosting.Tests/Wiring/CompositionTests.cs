using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application;
using Ouroboros.Application.Backtests;
using Ouroboros.Application.Brain;
using Ouroboros.Application.Catalog;
using Ouroboros.Application.LlmUsage;
using Ouroboros.Application.Operations;
using Ouroboros.Application.Planning;
using Ouroboros.Application.Runs;
using Ouroboros.Application.Sessions;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Hosting.Telemetry;
using Ouroboros.Storage.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Wiring;

/// <summary>AddOuroboros wires every use case from validated options, and adds telemetry only when asked.</summary>
public sealed class CompositionTests
{
    [Fact]
    public async Task Every_use_case_resolves_from_the_composed_services()
    {
        using var tmp = new TempDirectory();
        await using var services = Ouroboros.Hosting.Composition.Build(OuroborosOptions.Defaults, new SqliteStoreOptions { Path = tmp.File("c.db") });

        services.GetRequiredService<RunBacktest>().ShouldNotBeNull();
        services.GetRequiredService<PlanDay>().ShouldNotBeNull();
        services.GetRequiredService<TradingStateOperations>().ShouldNotBeNull();
        services.GetRequiredService<RunQueries>().ShouldNotBeNull();
        services.GetRequiredService<LlmUsageQuery>().ShouldNotBeNull();
        services.GetRequiredService<SessionOperations>().ShouldNotBeNull();
        services.GetRequiredService<ISessionControl>().ShouldBeOfType<NoSessionHost>();
        services.GetRequiredService<IJournal>().Name.ShouldBe(tmp.File("c.db"));
        services.GetRequiredService<ILlmRuntimeFactory>().ShouldNotBeNull();
        services.GetRequiredService<ListStrategies>().Execute().Select(s => s.Name).ShouldBe(["llm", "momentum", "playbook", "sma-cross", "triple-rsi"]);
    }

    [Fact]
    public void Telemetry_export_is_wired_only_when_asked_for()
    {
        new ServiceCollection().AddOuroboros(OuroborosOptions.Defaults, exportTelemetry: false)
            .ShouldNotContain(d => d.ServiceType == typeof(TelemetryExport));
        new ServiceCollection().AddOuroboros(OuroborosOptions.Defaults, exportTelemetry: true)
            .ShouldContain(d => d.ServiceType == typeof(TelemetryExport));
        TelemetryExport.IsConfigured(_ => null).ShouldBeFalse();
        TelemetryExport.IsConfigured(_ => "http://localhost:4317").ShouldBeTrue();
    }

    [Fact]
    public async Task The_brain_settings_come_from_the_llm_configuration()
    {
        var options = OuroborosOptions.Defaults with { Llm = OuroborosOptions.Defaults.Llm with { MaxScenarios = 2 } };
        await using var services = Ouroboros.Hosting.Composition.Build(options);

        var settings = services.GetRequiredService<BrainSettings>();

        settings.MaxScenarios.ShouldBe(2);
        settings.HasModels.ShouldBeFalse();
        settings.Risk.ShouldBe(options.Risk);
    }
}
