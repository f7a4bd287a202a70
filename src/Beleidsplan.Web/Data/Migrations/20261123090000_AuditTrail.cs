using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>
/// The append-only audit trail, and a version on editable content for optimistic concurrency.
/// Triggers refuse UPDATE and DELETE on the trail in the database itself, whatever code runs.
/// </summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123090000_AuditTrail")]
public class AuditTrail : Migration
{
    private static readonly string[] VersionedTables = ["Plans", "Chapters", "Priorities", "SubThemes", "Goals", "Activities"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("AuditEntries", t => new
        {
            Id = t.LongIdentity(),
            At = t.Column<DateTime>(),
            UserId = t.Text(450, nullable: true),
            Actor = t.Text(256),
            Action = t.Enum(),
            ItemType = t.Text(100),
            ItemKey = t.Text(100),
            ItemLabel = t.Text(300, nullable: true),
            PlanId = t.Column<int>(nullable: true),
            PoliceUnitId = t.Column<int>(nullable: true),
            Changes = t.Text(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex("IX_AuditEntries_PlanId_At", "AuditEntries", ["PlanId", "At"]);
        m.CreateIndex("IX_AuditEntries_ItemType_ItemKey", "AuditEntries", ["ItemType", "ItemKey"]);
        m.CreateIndex("IX_AuditEntries_PoliceUnitId_At", "AuditEntries", ["PoliceUnitId", "At"]);
        m.CreateIndex("IX_AuditEntries_UserId", "AuditEntries", "UserId");
        foreach (var table in VersionedTables)
        {
            m.AddColumn<int>("Version", table, nullable: false, defaultValue: 0);
        }

        if (m.IsSqlite())
        {
            m.Sql("""CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'Het logboek kan niet worden gewijzigd.'); END;""");
            m.Sql("""CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'Het logboek kan niet worden verwijderd.'); END;""");
        }
        else
        {
            m.Sql("""
                CREATE FUNCTION "AuditEntries_AppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'Het logboek kan niet worden gewijzigd of verwijderd.'; END; $$;
                """);
            m.Sql("""CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntries_AppendOnly"();""");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("AuditEntries");
        if (!migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""DROP FUNCTION "AuditEntries_AppendOnly"();""");
        }

        foreach (var table in VersionedTables)
        {
            migrationBuilder.DropColumn("Version", table);
        }
    }
}
