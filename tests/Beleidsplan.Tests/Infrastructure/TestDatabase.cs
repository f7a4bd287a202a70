using Beleidsplan.Web.Data;
using Npgsql;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>
/// A fresh database on the engine under test: BELEIDSPLAN_TEST_ENGINE is sqlite (default) or postgresql;
/// for PostgreSQL, BELEIDSPLAN_TEST_POSTGRES points at a server where a database per fixture is created.
/// scripts/test sets both and runs this assembly once per engine.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnectionString;
    private readonly string name;

    private TestDatabase(DatabaseProvider provider, string name, string setting, string? adminConnectionString)
    {
        Provider = provider;
        this.name = name;
        Setting = setting;
        this.adminConnectionString = adminConnectionString;
    }

    public static DatabaseProvider Engine =>
        Environment.GetEnvironmentVariable("BELEIDSPLAN_TEST_ENGINE")?.ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
            var other => throw new InvalidOperationException($"BELEIDSPLAN_TEST_ENGINE '{other}' is not sqlite or postgresql."),
        };

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file path, or the PostgreSQL connection string.</summary>
    public string Setting { get; }

    public string ConnectionString => Provider == DatabaseProvider.Sqlite ? $"Data Source={Setting}" : Setting;

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = $"bp_{Guid.NewGuid():N}"[..20];
        if (Engine == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), "beleidsplan-tests", name + ".db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new TestDatabase(DatabaseProvider.Sqlite, name, path, null);
        }

        var admin = Environment.GetEnvironmentVariable("BELEIDSPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "BELEIDSPLAN_TEST_POSTGRES is not set: run scripts/test, which starts PostgreSQL and sets it.");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProvider.PostgreSql, name, builder.ConnectionString, admin);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Setting + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
