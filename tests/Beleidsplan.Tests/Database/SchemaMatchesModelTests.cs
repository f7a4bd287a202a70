using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Database;

/// <summary>
/// The migrations are hand-written (no EF design tools here), so this proves they build exactly the
/// schema the model describes: a database made by the migrations equals one made from the model.
/// </summary>
public class SchemaMatchesModelTests
{
    [Fact]
    public async Task The_migrated_schema_equals_the_model_on_the_engine_under_test()
    {
        await using var migratedDatabase = await TestDatabase.CreateAsync();
        await using var modelDatabase = await TestDatabase.CreateAsync();
        await using var migrated = Context(migratedDatabase);
        await using var fromModel = Context(modelDatabase);

        await migrated.Database.MigrateAsync();
        await fromModel.Database.EnsureCreatedAsync();
        var migratedSchema = await SchemaDump.ReadAsync(migrated.Database.GetDbConnection(), migratedDatabase.Provider);
        var modelSchema = await SchemaDump.ReadAsync(fromModel.Database.GetDbConnection(), modelDatabase.Provider);

        migratedSchema.ShouldNotBeEmpty();
        var missing = modelSchema.Except(migratedSchema).ToList();
        var extra = migratedSchema.Except(modelSchema).ToList();
        (missing.Count + extra.Count).ShouldBe(0,
            $"In the model but not migrated:\n{string.Join('\n', missing)}\n\nMigrated but not in the model:\n{string.Join('\n', extra)}");
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var context = Context(database);

        await context.Database.MigrateAsync();
        var first = await SchemaDump.ReadAsync(context.Database.GetDbConnection(), database.Provider);
        await context.Database.MigrateAsync();
        var second = await SchemaDump.ReadAsync(context.Database.GetDbConnection(), database.Provider);

        second.ShouldBe(first);
        (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(context.Database.GetMigrations());
    }

    private static BeleidsplanDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<BeleidsplanDbContext>();
        DatabaseSetup.Configure(options, database.Provider, database.ConnectionString);
        return new BeleidsplanDbContext(options.Options);
    }
}
