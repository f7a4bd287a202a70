using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>ASP.NET Core Identity's user store (schema version 1, no roles) and the scoped memberships.</summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261122200000_Accounts")]
public class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("AspNetUsers", t => new
        {
            Id = t.Text(),
            DisplayName = t.Text(200),
            IsActive = t.Column<bool>(),
            UserName = t.Text(256, nullable: true),
            NormalizedUserName = t.Text(256, nullable: true),
            Email = t.Text(256, nullable: true),
            NormalizedEmail = t.Text(256, nullable: true),
            EmailConfirmed = t.Column<bool>(),
            PasswordHash = t.Text(nullable: true),
            SecurityStamp = t.Text(nullable: true),
            ConcurrencyStamp = t.Text(nullable: true),
            PhoneNumber = t.Text(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(),
            TwoFactorEnabled = t.Column<bool>(),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(),
            AccessFailedCount = t.Column<int>(),
        }, constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));
        m.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        m.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);

        m.CreateTable("AspNetUserClaims", t => new
        {
            Id = t.Identity(),
            UserId = t.Text(),
            ClaimType = t.Text(nullable: true),
            ClaimValue = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");

        m.CreateTable("AspNetUserLogins", t => new
        {
            LoginProvider = t.Text(),
            ProviderKey = t.Text(),
            ProviderDisplayName = t.Text(nullable: true),
            UserId = t.Text(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        m.CreateTable("AspNetUserTokens", t => new
        {
            UserId = t.Text(),
            LoginProvider = t.Text(),
            Name = t.Text(),
            Value = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("Memberships", t => new
        {
            Id = t.Identity(),
            UserId = t.Text(),
            Role = t.Enum(),
            PoliceUnitId = t.Column<int>(),
            MunicipalityId = t.Column<int>(nullable: true),
            OrganisationId = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Memberships", x => x.Id);
            t.ForeignKey("FK_Memberships_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Memberships_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Memberships_Municipalities_MunicipalityId", x => x.MunicipalityId, "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Memberships_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Memberships_UserId_PoliceUnitId_Role", "Memberships", ["UserId", "PoliceUnitId", "Role"], unique: true);
        m.CreateIndex("IX_Memberships_PoliceUnitId", "Memberships", "PoliceUnitId");
        m.CreateIndex("IX_Memberships_MunicipalityId", "Memberships", "MunicipalityId");
        m.CreateIndex("IX_Memberships_OrganisationId", "Memberships", "OrganisationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Memberships", "AspNetUserTokens", "AspNetUserLogins", "AspNetUserClaims", "AspNetUsers" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
