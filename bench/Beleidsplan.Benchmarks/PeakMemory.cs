using System.Diagnostics;
using Beleidsplan.Web.Exports;

namespace Beleidsplan.Benchmarks;

/// <summary>
/// One workbook in a fresh process, for the peak working set BenchmarkDotNet does not report: what
/// the server needs at most while it makes the reactienota (the loaded reactions included).
/// </summary>
public static class PeakMemory
{
    public static void Run()
    {
        var report = ReactionData.Report(ResponseReportBenchmark.Reactions);
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var clock = Stopwatch.StartNew();
        var bytes = ResponseReportWorkbook.Build(report);
        clock.Stop();
        process.Refresh();
        var characters = report.Rounds[0].Reactions.Sum(r => (long)r.Reaction.Text.Length + (r.Reaction.HandlingNote?.Length ?? 0));
        Console.WriteLine($"reactions: {ResponseReportBenchmark.Reactions:N0}, text: {characters / 1_000_000.0:0.0} M characters, workbook: {bytes.Length / 1_048_576.0:0.0} MB");
        Console.WriteLine($"one run (cold): {clock.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"working set with the reactions loaded: {before / 1_048_576.0:0} MB; peak working set: {process.PeakWorkingSet64 / 1_048_576.0:0} MB");
    }
}
