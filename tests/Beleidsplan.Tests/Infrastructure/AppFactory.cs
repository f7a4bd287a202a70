using AngleSharp;
using AngleSharp.Dom;
using Beleidsplan.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh database of the engine under test, migrated and filled with the demo data
/// at start, as on a first `dotnet run`. One instance is shared per test collection.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase database = null!;

    public DatabaseProvider Provider => database.Provider;

    /// <summary>The app's warnings and errors since it started.</summary>
    public LogSink Logs { get; } = new();

    /// <summary>Extra configuration for a derived fixture, e.g. a missing Chromium.</summary>
    /// <remarks>
    /// Every test client comes from the same (unknown) address, so the per-address sign-in limit is
    /// raised here; <see cref="Beleidsplan.Tests.Accounts.RateLimitFactory"/> tests the limit itself.
    /// </remarks>
    protected virtual IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string>
        {
            ["Security:SignInAttemptsPerMinute"] = "1000",
            ["Mail:Folder"] = Path.Combine(Path.GetTempPath(), "beleidsplan-tests", "mail"),
            ["Uploads:Folder"] = Path.Combine(Path.GetTempPath(), "beleidsplan-tests", "uploads"),
            ["Uploads:MaxBytes"] = "1048576", // 1 MB: the size tests need not send 20 MB
        };

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        _ = Server; // Starts the app: migrations and demo data run now, not in the first test.
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting(database.Provider == DatabaseProvider.Sqlite ? "Database:SqlitePath" : "ConnectionStrings:Beleidsplan", database.Setting);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<BeleidsplanDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<BeleidsplanDbContext>());
    }

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string url)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        return (response, document);
    }
}

[CollectionDefinition(Name)]
public class DemoSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Demo site";
}
