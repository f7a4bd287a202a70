using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>The key of the form that made a round, unique per plan, so a form sent twice makes one round.</summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123150000_RoundCreationKey")]
public class RoundCreationKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("CreationKey", "ConsultationRounds", nullable: true);
        // The new index starts with PlanId, so it also serves the plan's foreign key: the old one goes.
        migrationBuilder.DropIndex("IX_ConsultationRounds_PlanId", "ConsultationRounds");
        migrationBuilder.CreateIndex("IX_ConsultationRounds_PlanId_CreationKey", "ConsultationRounds", ["PlanId", "CreationKey"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_ConsultationRounds_PlanId_CreationKey", "ConsultationRounds");
        migrationBuilder.CreateIndex("IX_ConsultationRounds_PlanId", "ConsultationRounds", "PlanId");
        migrationBuilder.DropColumn("CreationKey", "ConsultationRounds");
    }
}
