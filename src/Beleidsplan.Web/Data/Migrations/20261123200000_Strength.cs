using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>
/// The police strength distribution: formations of a unit at reference dates with their parts and the
/// import's findings, the formation a plan is based on, and the plan's planned changes.
/// </summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123200000_Strength")]
public class Strength : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("Formations", t => new
        {
            Id = t.Identity(),
            Version = t.Column<int>(defaultValue: 0),
            PoliceUnitId = t.Column<int>(),
            ReferenceDate = t.Column<DateOnly>(),
            Title = t.Text(200, nullable: true),
            Source = t.Text(500),
            ImportedAt = t.Column<DateTimeOffset>(),
            ImportedBy = t.Text(300),
            ImportKey = t.Column<Guid>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Formations", x => x.Id);
            t.ForeignKey("FK_Formations_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Formations_PoliceUnitId_ReferenceDate", "Formations", ["PoliceUnitId", "ReferenceDate"], unique: true);
        m.CreateIndex("IX_Formations_PoliceUnitId_ImportKey", "Formations", ["PoliceUnitId", "ImportKey"], unique: true);

        m.CreateTable("FormationNodes", t => new
        {
            Id = t.Identity(),
            FormationId = t.Column<int>(),
            Position = t.Column<int>(),
            ParentPosition = t.Column<int>(nullable: true),
            Name = t.Text(300),
            Kind = t.Enum(),
            Aspirant = t.Column<decimal>(precision: 18, scale: 4),
            Wijkagent = t.Column<decimal>(precision: 18, scale: 4),
            Overig = t.Column<decimal>(precision: 18, scale: 4),
            DistrictId = t.Column<int>(nullable: true),
            BasicTeamId = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_FormationNodes", x => x.Id);
            t.ForeignKey("FK_FormationNodes_Formations_FormationId", x => x.FormationId, "Formations", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_FormationNodes_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_FormationNodes_BasicTeams_BasicTeamId", x => x.BasicTeamId, "BasicTeams", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_FormationNodes_FormationId_Position", "FormationNodes", ["FormationId", "Position"], unique: true);
        m.CreateIndex("IX_FormationNodes_DistrictId", "FormationNodes", "DistrictId");
        m.CreateIndex("IX_FormationNodes_BasicTeamId", "FormationNodes", "BasicTeamId");

        m.CreateTable("FormationFindings", t => new
        {
            Id = t.Identity(),
            FormationId = t.Column<int>(),
            Position = t.Column<int>(),
            Kind = t.Enum(),
            Table = t.Text(200, nullable: true),
            Line = t.Column<int>(nullable: true),
            NodeName = t.Text(300),
            Column = t.Column<string>(maxLength: 40, nullable: true),
            Published = t.Column<decimal>(precision: 18, scale: 4, nullable: true),
            Computed = t.Column<decimal>(precision: 18, scale: 4, nullable: true),
            Message = t.Text(1000),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_FormationFindings", x => x.Id);
            t.ForeignKey("FK_FormationFindings_Formations_FormationId", x => x.FormationId, "Formations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_FormationFindings_FormationId_Position", "FormationFindings", ["FormationId", "Position"], unique: true);

        if (m.IsSqlite())
        {
            // SQLite cannot add a foreign key to an existing table, but a new column may carry one.
            m.Sql("""ALTER TABLE "Plans" ADD COLUMN "StrengthFormationId" INTEGER NULL REFERENCES "Formations" ("Id") ON DELETE RESTRICT;""");
        }
        else
        {
            m.AddColumn<int>("StrengthFormationId", "Plans", nullable: true);
            m.AddForeignKey("FK_Plans_Formations_StrengthFormationId", "Plans", "StrengthFormationId", "Formations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }

        m.CreateIndex("IX_Plans_StrengthFormationId", "Plans", "StrengthFormationId");

        m.CreateTable("PlannedStrengthChanges", t => new
        {
            Id = t.Identity(),
            Version = t.Column<int>(defaultValue: 0),
            PlanId = t.Column<int>(),
            Position = t.Column<int>(),
            NodePath = t.Text(1000),
            Function = t.Text(200, nullable: true),
            PayScale = t.Column<int>(nullable: true),
            Category = t.Enum(),
            Fte = t.Column<decimal>(precision: 18, scale: 4),
            EffectiveOn = t.Column<DateOnly>(nullable: true),
            Provisional = t.Column<bool>(),
            Reason = t.Text(2000),
            Decision = t.Text(300),
            DecidedOn = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PlannedStrengthChanges", x => x.Id);
            t.ForeignKey("FK_PlannedStrengthChanges_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_PlannedStrengthChanges_PlanId_Position", "PlannedStrengthChanges", ["PlanId", "Position"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PlannedStrengthChanges");
        migrationBuilder.DropIndex("IX_Plans_StrengthFormationId", "Plans");
        if (!migrationBuilder.IsSqlite())
        {
            migrationBuilder.DropForeignKey("FK_Plans_Formations_StrengthFormationId", "Plans");
        }

        migrationBuilder.DropColumn("StrengthFormationId", "Plans");
        migrationBuilder.DropTable("FormationFindings");
        migrationBuilder.DropTable("FormationNodes");
        migrationBuilder.DropTable("Formations");
    }
}
