using Beleidsplan.Web.Exports;
using BenchmarkDotNet.Attributes;

namespace Beleidsplan.Benchmarks;

/// <summary>The reactienota workbook of one round with 10,000 reactions, made by the code the endpoint runs.</summary>
[MemoryDiagnoser]
public class ResponseReportBenchmark
{
    public const int Reactions = 10_000;

    private ResponseReport report = null!;

    [GlobalSetup]
    public void Setup() => report = ReactionData.Report(Reactions);

    [Benchmark]
    public byte[] ReactienotaXlsx() => ResponseReportWorkbook.Build(report);
}
