using Beleidsplan.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

if (args.Contains("--peak"))
{
    PeakMemory.Run();
    return;
}

// In-process: no generated project to build (it would inherit the repository's build rules), and each
// operation takes about a second, so a few measured iterations give a stable median.
var config = ManualConfig.CreateMinimumViable()
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2)
        .WithIterationCount(10).WithInvocationCount(1).WithUnrollFactor(1))
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
    .AddExporter(new CsvExporter(CsvSeparator.Semicolon)); // values such as "1,393.4 ms" hold commas
BenchmarkSwitcher.FromAssembly(typeof(ResponseReportBenchmark).Assembly).Run(args, config);
