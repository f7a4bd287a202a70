using System.Diagnostics;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Data;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>
/// The real app started as users start it (its own process, Kestrel on a free loopback port) on a fresh
/// database that it migrates and fills with the demo data, and one headless Debian Chromium driven by
/// Playwright. Shared by every browser test.
/// </summary>
/// <remarks>
/// WebApplicationFactory.UseKestrel was tried first: with this app's top-level Program the Kestrel
/// server it creates never binds, so the browser had nothing to reach.
/// </remarks>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly System.Text.StringBuilder appOutput = new();
    private TestDatabase? database;

    // Uploaded files go to a folder of this run, not to the app's data/uploads in the working copy.
    private readonly string uploads = Path.Combine(Path.GetTempPath(), $"beleidsplan-uploads-{Guid.NewGuid():N}");

    /// <summary>The site's own database, for tests that set up users as a beheerder would.</summary>
    public TestDatabase Database => database ?? throw new InvalidOperationException("The database was not created.");
    private Process? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser did not start.");

    public Uri BaseAddress { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("BELEIDSPLAN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: run scripts/test, which installs Debian's chromium.");
        }

        database = await TestDatabase.CreateAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        app = StartApp(database);
        await WaitUntilServingAsync();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine's network is closed: without these flags Chromium keeps trying to phone home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        // Each part may be missing when start-up failed half-way; clean up what is there.
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }

            app.Dispose();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (Directory.Exists(uploads))
        {
            Directory.Delete(uploads, recursive: true);
        }
    }

    /// <summary>A new page in a fresh context, at a phone or desktop width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    private Process StartApp(TestDatabase database)
    {
        var webProject = Path.Combine(RepositoryRoot(), "src", "Beleidsplan.Web");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<configuration>/net10.0
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject, // the content root: wwwroot is served from here
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(webProject, "bin", configuration, "net10.0", "Beleidsplan.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString());
        start.ArgumentList.Add($"--Database:Provider={database.Provider}");
        start.ArgumentList.Add(database.Provider == DatabaseProvider.Sqlite
            ? $"--Database:SqlitePath={database.Setting}"
            : $"--ConnectionStrings:Beleidsplan={database.Setting}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.ArgumentList.Add("--Security:AllowPlainHttp=true"); // the site is served on a plain loopback port
        start.ArgumentList.Add($"--Uploads:Folder={uploads}");
        start.Environment["Pdf__ChromiumPath"] = ChromiumPath;
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Record(string? line)
    {
        lock (appOutput)
        {
            appOutput.AppendLine(line);
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (app!.HasExited)
            {
                break;
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        lock (appOutput)
        {
            throw new InvalidOperationException($"The app did not start serving at {BaseAddress}:\n{appOutput}");
        }
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Beleidsplan.slnx")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Repository root not found.");
        }

        return root.FullName;
    }

    /// <summary>A port the system just handed out, for the app to bind.</summary>
    private static int FreeLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

[CollectionDefinition(Name)]
public class BrowserSiteDefinition : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
