using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>The key of the form that made a planned strength change, unique per plan, so a form sent twice makes one change.</summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123202000_StrengthChangeCreationKey")]
public class StrengthChangeCreationKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("CreationKey", "PlannedStrengthChanges", nullable: true);
        // IX_PlannedStrengthChanges_PlanId_Position stays: it serves the list's order and the plan's foreign key.
        migrationBuilder.CreateIndex("IX_PlannedStrengthChanges_PlanId_CreationKey", "PlannedStrengthChanges", ["PlanId", "CreationKey"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_PlannedStrengthChanges_PlanId_CreationKey", "PlannedStrengthChanges");
        migrationBuilder.DropColumn("CreationKey", "PlannedStrengthChanges");
    }
}
