using System.Data.Common;
using Beleidsplan.Web.Data;

namespace Beleidsplan.Tests.Database;

/// <summary>A database's schema as sorted lines (tables, columns, keys, indexes, foreign keys), to compare two databases.</summary>
public static class SchemaDump
{
    private const string SqliteTables =
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock', 'sqlite_sequence')";

    private const string PostgresColumns = """
        SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
               || ' len=' || coalesce(character_maximum_length::text, '-')
               || ' num=' || coalesce(numeric_precision::text, '-') || ',' || coalesce(numeric_scale::text, '-')
               || ' identity=' || is_identity || ' default=' || coalesce(column_default, '-')
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name NOT LIKE '!_!_EFMigrations%' ESCAPE '!'
        """;

    private const string PostgresIndexes =
        "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '!_!_EFMigrations%' ESCAPE '!'";

    private const string PostgresConstraints = """
        SELECT rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE ns.nspname = 'public' AND rel.relname NOT LIKE '!_!_EFMigrations%' ESCAPE '!'
        """;

    public static async Task<List<string>> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var lines = provider switch
        {
            DatabaseProvider.Sqlite => await ReadSqliteAsync(connection),
            DatabaseProvider.PostgreSql => [.. await QueryAsync(connection, PostgresColumns),
                .. await QueryAsync(connection, PostgresIndexes), .. await QueryAsync(connection, PostgresConstraints)],
        };
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var table in await QueryAsync(connection, SqliteTables))
        {
            lines.AddRange((await QueryAsync(connection,
                $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk || ' default=' || coalesce(dflt_value, '-') FROM pragma_table_info('{table}')"))
                .Select(c => $"{table}.{c}"));
            lines.AddRange((await QueryAsync(connection,
                $"SELECT \"table\" || '(' || \"to\" || ') <- ' || \"from\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(f => $"{table} fk {f}"));
            foreach (var index in await QueryAsync(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}')"))
            {
                var name = index.Split(' ')[0];
                var columns = string.Join(",", await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"));
                lines.Add($"{table} index {index} ({columns})");
            }
        }

        return lines;
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
