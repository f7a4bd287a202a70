using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>The key of the form that made a milestone, unique per plan, so a form sent twice makes one milestone.</summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123175000_MilestoneCreationKey")]
public class MilestoneCreationKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("CreationKey", "Milestones", nullable: true);
        // IX_Milestones_PlanId_DueOn stays: it serves the timeline's order and, like this one, the plan's foreign key.
        migrationBuilder.CreateIndex("IX_Milestones_PlanId_CreationKey", "Milestones", ["PlanId", "CreationKey"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Milestones_PlanId_CreationKey", "Milestones");
        migrationBuilder.DropColumn("CreationKey", "Milestones");
    }
}
