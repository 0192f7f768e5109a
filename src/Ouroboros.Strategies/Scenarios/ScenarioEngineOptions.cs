using Ouroboros.Domain.Intents;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// How a <see cref="ScenarioEngine"/> runs. <see cref="RescanInterval"/> null rescans on every bar; otherwise an
/// instrument is rescanned on its first bar and then on the first bar at least that much bar time after the last scan
/// (indicators are still updated on every bar). <see cref="Origin"/> is stamped on intents: Strategy for hand-written
/// rules, Model when a model wrote the playbook, so the risk engine applies its stricter checks.
/// </summary>
public sealed record ScenarioEngineOptions(
    TimeSpan? RescanInterval = null,
    int MaxScenariosPerInstrument = 10,
    IntentOrigin Origin = IntentOrigin.Strategy,
    string StrategyName = "scenarios");
