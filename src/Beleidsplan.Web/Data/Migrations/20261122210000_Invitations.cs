using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261122210000_Invitations")]
public class Invitations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Invitations", t => new
        {
            Id = t.Identity(),
            Email = t.Text(256),
            Role = t.Enum(),
            PoliceUnitId = t.Column<int>(),
            MunicipalityId = t.Column<int>(nullable: true),
            OrganisationId = t.Column<int>(nullable: true),
            TokenHash = t.Text(64),
            CreatedByUserId = t.Text(),
            CreatedAt = t.Column<DateTimeOffset>(),
            ExpiresAt = t.Column<DateTimeOffset>(),
            AcceptedAt = t.Column<DateTimeOffset>(nullable: true),
            AcceptedUserId = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Invitations", x => x.Id);
            t.ForeignKey("FK_Invitations_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Invitations_Municipalities_MunicipalityId", x => x.MunicipalityId, "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Invitations_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Invitations_TokenHash", "Invitations", "TokenHash", unique: true);
        m.CreateIndex("IX_Invitations_PoliceUnitId", "Invitations", "PoliceUnitId");
        m.CreateIndex("IX_Invitations_MunicipalityId", "Invitations", "MunicipalityId");
        m.CreateIndex("IX_Invitations_OrganisationId", "Invitations", "OrganisationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Invitations");
}
