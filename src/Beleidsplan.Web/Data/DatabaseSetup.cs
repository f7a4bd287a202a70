using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Beleidsplan.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Reads the database settings; a wrong setting stops the app with one line that names it.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Beleidsplan";

    public static IServiceCollection AddBeleidsplanDatabase(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(configuration, contentRoot),
            DatabaseProvider.PostgreSql => PostgreSqlConnectionString(configuration),
        };
        services.AddDbContext<BeleidsplanDbContext>(options => Configure(options, provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString),
        };
        // Migrations are hand-written without a model snapshot; SchemaMatchesModelTests proves they
        // match the model instead (docs/decisions/0002-hand-written-migrations.md).
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        return value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
            _ => throw new ConfigurationException(
                $"Database:Provider '{value}' is onbekend; gebruik 'Sqlite' of 'PostgreSQL'."),
        };
    }

    private static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var path = configuration["Database:SqlitePath"];
        path = string.IsNullOrWhiteSpace(path) ? Path.Combine("data", "beleidsplan.db") : path;
        var fullPath = Path.GetFullPath(path, contentRoot);
        var directory = Path.GetDirectoryName(fullPath)!;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(
                $"Database:SqlitePath '{path}' is onbruikbaar: map '{directory}' kan niet worden aangemaakt ({e.Message}).");
        }

        return $"Data Source={fullPath};Pooling=True";
    }

    private static string PostgreSqlConnectionString(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ConfigurationException(
                $"Database:Provider is PostgreSQL maar ConnectionStrings:{ConnectionStringName} ontbreekt.");
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException(
                $"ConnectionStrings:{ConnectionStringName} is geen geldige PostgreSQL-verbindingsreeks: {e.Message}");
        }
    }
}

public class ConfigurationException(string message) : Exception(message);
