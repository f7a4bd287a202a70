using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, on a fresh database with the demo data, and one
/// headless Debian Chromium driven by Playwright. Shared by every browser test.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private TestDatabase database = null!;
    private KestrelApp app = null!;
    private IPlaywright playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("BELEIDSPLAN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        app = new KestrelApp(database);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: run scripts/test, which installs Debian's chromium.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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
        await Browser.CloseAsync();
        playwright.Dispose();
        await app.DisposeAsync();
        await database.DisposeAsync();
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

    private sealed class KestrelApp(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", database.Provider.ToString());
            builder.UseSetting(
                database.Provider == DatabaseProvider.Sqlite ? "Database:SqlitePath" : "ConnectionStrings:Beleidsplan",
                database.Setting);
        }
    }
}

[CollectionDefinition(Name)]
public class BrowserSiteDefinition : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
