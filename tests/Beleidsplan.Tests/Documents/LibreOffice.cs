using System.Diagnostics;

namespace Beleidsplan.Tests.Documents;

/// <summary>
/// Converts a .docx to PDF with LibreOffice (`--headless --convert-to pdf`), as a municipality's
/// office software would open it. scripts/test installs LibreOffice and sets BELEIDSPLAN_LIBREOFFICE to
/// it: then a failed conversion fails the test. Without the variable, a LibreOffice on the PATH is used.
/// </summary>
public static class LibreOffice
{
    public const string Variable = "BELEIDSPLAN_LIBREOFFICE";

    /// <summary>Set by scripts/test: LibreOffice must be there and must convert.</summary>
    public static string? Required => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;

    public static string? Find() => Required ?? OnPath("libreoffice") ?? OnPath("soffice");

    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>The PDF; throws with LibreOffice's output when it fails or takes longer than the timeout.</summary>
    public static async Task<byte[]> ToPdfAsync(string executable, byte[] docx, TimeSpan timeout)
    {
        // A profile of its own: LibreOffice needs a writable one, and two runs must not share it.
        var work = Directory.CreateTempSubdirectory("beleidsplan-libreoffice-");
        try
        {
            var input = Path.Combine(work.FullName, "raadsvoorstel.docx");
            await File.WriteAllBytesAsync(input, docx);
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--headless", "--norestore", "--nolockcheck",
                $"-env:UserInstallation={new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri}",
                "--convert-to", "pdf", "--outdir", work.FullName, input })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = work.FullName;
            var output = await RunAsync(start, timeout);
            var pdf = Path.ChangeExtension(input, ".pdf");
            return File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf)
                : throw new InvalidOperationException($"LibreOffice made no PDF. Its output: {output}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Runs a program to its end; its standard output, or an exception when it fails or hangs.</summary>
    public static async Task<string> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} took longer than {timeout.TotalSeconds} s and was stopped.");
        }

        var output = $"{await stdout}{await stderr}";
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{start.FileName} ended with {process.ExitCode}: {output}");
    }
}
