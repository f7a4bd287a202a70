using System.Data.Common;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Importing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Startup;

/// <summary>Migrates and seeds at start-up or on command; reports a database it cannot use in one line.</summary>
public static class DatabaseInitializer
{
    public static async Task<bool> RunAsync(IServiceProvider services, string? command, IConfiguration configuration)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BeleidsplanDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        try
        {
            if (command is null && !configuration.GetValue("Database:MigrateOnStartup", true))
            {
                return true;
            }

            await db.Database.MigrateAsync();
            var seed = command == CommandLine.SeedDemo
                || (command is null && configuration.GetValue("Database:SeedDemoData", true) && !await db.Plans.AnyAsync());
            if (seed)
            {
                var report = await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
                if (command == CommandLine.SeedDemo)
                {
                    // Straight to the console: the logger writes on a background thread that a command's quick exit can cut off.
                    Console.WriteLine($"Demogegevens geladen: {report}");
                }
                else
                {
                    log.LogInformation("Demogegevens geladen: {Report}", report);
                }
            }

            if (command == CommandLine.Migrate)
            {
                Console.WriteLine("Migraties toegepast.");
            }

            return true;
        }
        catch (DbException e)
        {
            Console.Error.WriteLine($"Beleidsplan start niet: de database is niet bruikbaar ({Describe(db)}): {FirstLine(e.Message)}");
            return false;
        }
        catch (InvalidOperationException e) when (e.InnerException is DbException inner)
        {
            Console.Error.WriteLine($"Beleidsplan start niet: de database is niet bruikbaar ({Describe(db)}): {FirstLine(inner.Message)}");
            return false;
        }
        catch (ImportException e)
        {
            Console.Error.WriteLine($"Beleidsplan start niet: de demogegevens zijn onjuist: {e.Message}");
            return false;
        }
    }

    private static string Describe(BeleidsplanDbContext db) =>
        db.Database.IsNpgsql() ? "PostgreSQL" : $"SQLite {db.Database.GetDbConnection().DataSource}";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
