using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Short runs: the machine is shared. Example: dotnet run -c Release -- --filter '*'
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short"));
BenchmarkSwitcher.FromAssembly(typeof(Orleans.Clinical.Benchmarks.PhiBenchmarks).Assembly).Run(args, config);
