using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ouroboros.Benchmarks.WholeRun;

// `whole-run` is what `./ouroboros bench` runs: whole backtests timed end to end (docs/performance.md).
if (args.Length > 0 && args[0] == "whole-run") return await WholeRunCommand.RunAsync(args[1..]).ConfigureAwait(false);

// `kis-rate`: the KIS client's achieved request rate against the loopback fake (docs/performance.md).
if (args.Length > 0 && args[0] == "kis-rate") return await Ouroboros.Benchmarks.Kis.KisRateWorkload.RunAsync(args[1..]).ConfigureAwait(false);

// In-process: no generated project to build (the repository's analyzers and central package versions would apply to
// it), and the benchmarks read the bundled data/us files through the same code as `ouroboros bench`.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(Ouroboros.Benchmarks.SmaCrossBenchmark).Assembly).Run(args, config);
return 0;
