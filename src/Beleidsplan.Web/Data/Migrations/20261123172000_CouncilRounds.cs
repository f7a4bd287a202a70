using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>What a consultation round is for, so the councils' round on the draft plan is recognised as such.</summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123172000_CouncilRounds")]
public class CouncilRounds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("Purpose", "ConsultationRounds", maxLength: 40, nullable: false, defaultValue: "Consultation");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Purpose", "ConsultationRounds");
}
