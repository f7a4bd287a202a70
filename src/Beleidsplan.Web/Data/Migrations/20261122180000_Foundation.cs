using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261122180000_Foundation")]
public class Foundation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateUnits(migrationBuilder);
        CreateOrganisations(migrationBuilder);
        CreatePlans(migrationBuilder);
        CreatePriorities(migrationBuilder);
    }

    private static void CreateUnits(MigrationBuilder m)
    {
        m.CreateTable("PoliceUnits", t => new
        {
            Id = t.Identity(),
            Slug = t.Text(100),
            Name = t.Text(200),
            Description = t.Text(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PoliceUnits", x => x.Id));
        m.CreateIndex("IX_PoliceUnits_Slug", "PoliceUnits", "Slug", unique: true);

        m.CreateTable("LvaThemes", t => new
        {
            Id = t.Identity(),
            Slug = t.Text(100),
            Name = t.Text(200),
            FirstYear = t.Column<int>(),
            LastYear = t.Column<int>(),
        }, constraints: t => t.PrimaryKey("PK_LvaThemes", x => x.Id));
        m.CreateIndex("IX_LvaThemes_Slug", "LvaThemes", "Slug", unique: true);

        m.CreateTable("Districts", t => new
        {
            Id = t.Identity(),
            PoliceUnitId = t.Column<int>(),
            Position = t.Column<int>(),
            Name = t.Text(200),
            Abbreviation = t.Text(20, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Districts", x => x.Id);
            t.ForeignKey("FK_Districts_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_Districts_PoliceUnitId_Name", "Districts", ["PoliceUnitId", "Name"], unique: true);

        m.CreateTable("BasicTeams", t => new
        {
            Id = t.Identity(),
            DistrictId = t.Column<int>(),
            Position = t.Column<int>(),
            Name = t.Text(200),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_BasicTeams", x => x.Id);
            t.ForeignKey("FK_BasicTeams_Districts_DistrictId", x => x.DistrictId, "Districts", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_BasicTeams_DistrictId_Name", "BasicTeams", ["DistrictId", "Name"], unique: true);

        m.CreateTable("Municipalities", t => new
        {
            Id = t.Identity(),
            PoliceUnitId = t.Column<int>(),
            CbsCode = t.Text(6),
            Name = t.Text(200),
            BasicTeamId = t.Column<int>(nullable: true),
            BasicTeamSource = t.Enum(),
            Inhabitants = t.Column<int>(nullable: true),
            InhabitantsReferenceDate = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Municipalities", x => x.Id);
            t.ForeignKey("FK_Municipalities_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Municipalities_BasicTeams_BasicTeamId", x => x.BasicTeamId, "BasicTeams", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_Municipalities_CbsCode", "Municipalities", "CbsCode", unique: true);
        m.CreateIndex("IX_Municipalities_PoliceUnitId", "Municipalities", "PoliceUnitId");
        m.CreateIndex("IX_Municipalities_BasicTeamId", "Municipalities", "BasicTeamId");
    }

    private static void CreateOrganisations(MigrationBuilder m)
    {
        m.CreateTable("Organisations", t => new
        {
            Id = t.Identity(),
            PoliceUnitId = t.Column<int>(),
            Name = t.Text(200),
            Kind = t.Enum(),
            MunicipalityId = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Organisations", x => x.Id);
            t.ForeignKey("FK_Organisations_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Organisations_Municipalities_MunicipalityId", x => x.MunicipalityId, "Municipalities", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_Organisations_PoliceUnitId_Name", "Organisations", ["PoliceUnitId", "Name"], unique: true);
        m.CreateIndex("IX_Organisations_MunicipalityId", "Organisations", "MunicipalityId");

        m.CreateTable("GoverningBodies", t => new
        {
            Id = t.Identity(),
            PoliceUnitId = t.Column<int>(),
            Position = t.Column<int>(),
            Slug = t.Text(100),
            Name = t.Text(200),
            Abbreviation = t.Text(20, nullable: true),
            Kind = t.Enum(),
            EstablishedYear = t.Column<int>(nullable: true),
            Description = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_GoverningBodies", x => x.Id);
            t.ForeignKey("FK_GoverningBodies_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_GoverningBodies_PoliceUnitId_Slug", "GoverningBodies", ["PoliceUnitId", "Slug"], unique: true);

        m.CreateTable("BodyMembers", t => new
        {
            Id = t.Identity(),
            GoverningBodyId = t.Column<int>(),
            Position = t.Column<int>(),
            PersonName = t.Text(200, nullable: true),
            Function = t.Text(300),
            Role = t.Enum(),
            OrganisationId = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_BodyMembers", x => x.Id);
            t.ForeignKey("FK_BodyMembers_GoverningBodies_GoverningBodyId", x => x.GoverningBodyId, "GoverningBodies", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_BodyMembers_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_BodyMembers_GoverningBodyId", "BodyMembers", "GoverningBodyId");
        m.CreateIndex("IX_BodyMembers_OrganisationId", "BodyMembers", "OrganisationId");
    }

    private static void CreatePlans(MigrationBuilder m)
    {
        m.CreateTable("Plans", t => new
        {
            Id = t.Identity(),
            PoliceUnitId = t.Column<int>(),
            Slug = t.Text(100),
            Title = t.Text(300),
            ShortName = t.Text(50),
            FirstYear = t.Column<int>(),
            LastYear = t.Column<int>(),
            ExtendedToYear = t.Column<int>(nullable: true),
            LegalBasis = t.Text(500, nullable: true),
            Status = t.Enum(),
            Summary = t.Text(nullable: true),
            AdoptedOn = t.Column<DateOnly>(nullable: true),
            AdoptedBy = t.Text(300, nullable: true),
            PreviousPlanId = t.Column<int>(nullable: true),
            UpdatedAt = t.Column<DateTimeOffset>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Plans", x => x.Id);
            t.ForeignKey("FK_Plans_PoliceUnits_PoliceUnitId", x => x.PoliceUnitId, "PoliceUnits", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Plans_Plans_PreviousPlanId", x => x.PreviousPlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Plans_Slug", "Plans", "Slug", unique: true);
        m.CreateIndex("IX_Plans_PoliceUnitId", "Plans", "PoliceUnitId");
        m.CreateIndex("IX_Plans_PreviousPlanId", "Plans", "PreviousPlanId");

        m.CreateTable("Chapters", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            ParentId = t.Column<int>(nullable: true),
            Position = t.Column<int>(),
            Slug = t.Text(100),
            Title = t.Text(300),
            Kind = t.Enum(),
            Body = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Chapters", x => x.Id);
            t.ForeignKey("FK_Chapters_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Chapters_Chapters_ParentId", x => x.ParentId, "Chapters", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Chapters_PlanId_Slug", "Chapters", ["PlanId", "Slug"], unique: true);
        m.CreateIndex("IX_Chapters_ParentId", "Chapters", "ParentId");
    }

    private static void CreatePriorities(MigrationBuilder m)
    {
        m.CreateTable("Priorities", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            Position = t.Column<int>(),
            Number = t.Column<int>(),
            Slug = t.Text(100),
            Title = t.Text(300),
            Sections_Introduction = t.Text(nullable: true),
            Sections_Meaning = t.Text(nullable: true),
            Sections_Problem = t.Text(nullable: true),
            Sections_WhyPriority = t.Text(nullable: true),
            Sections_Ambition = t.Text(nullable: true),
            Sections_Approach = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Priorities", x => x.Id);
            t.ForeignKey("FK_Priorities_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_Priorities_PlanId_Slug", "Priorities", ["PlanId", "Slug"], unique: true);

        m.CreateTable("SubThemes", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            PriorityId = t.Column<int>(),
            Position = t.Column<int>(),
            Slug = t.Text(100),
            Title = t.Text(300),
            Sections_Introduction = t.Text(nullable: true),
            Sections_Meaning = t.Text(nullable: true),
            Sections_Problem = t.Text(nullable: true),
            Sections_WhyPriority = t.Text(nullable: true),
            Sections_Ambition = t.Text(nullable: true),
            Sections_Approach = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SubThemes", x => x.Id);
            t.ForeignKey("FK_SubThemes_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_SubThemes_Priorities_PriorityId", x => x.PriorityId, "Priorities", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_SubThemes_PriorityId_Slug", "SubThemes", ["PriorityId", "Slug"], unique: true);
        m.CreateIndex("IX_SubThemes_PlanId", "SubThemes", "PlanId");

        m.CreateTable("Goals", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            PriorityId = t.Column<int>(),
            SubThemeId = t.Column<int>(nullable: true),
            Position = t.Column<int>(),
            Text = t.Text(),
            Indicator = t.Text(300, nullable: true),
            TargetValue = t.Column<decimal>(precision: 18, scale: 4, nullable: true),
            TargetUnit = t.Text(50, nullable: true),
            TargetYear = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Goals", x => x.Id);
            t.ForeignKey("FK_Goals_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Goals_Priorities_PriorityId", x => x.PriorityId, "Priorities", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Goals_SubThemes_SubThemeId", x => x.SubThemeId, "SubThemes", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Goals_PlanId", "Goals", "PlanId");
        m.CreateIndex("IX_Goals_PriorityId", "Goals", "PriorityId");
        m.CreateIndex("IX_Goals_SubThemeId", "Goals", "SubThemeId");

        m.CreateTable("Activities", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            PriorityId = t.Column<int>(),
            SubThemeId = t.Column<int>(nullable: true),
            Position = t.Column<int>(),
            Kind = t.Enum(),
            Title = t.Text(300),
            Description = t.Text(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Activities", x => x.Id);
            t.ForeignKey("FK_Activities_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Activities_Priorities_PriorityId", x => x.PriorityId, "Priorities", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Activities_SubThemes_SubThemeId", x => x.SubThemeId, "SubThemes", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Activities_PlanId", "Activities", "PlanId");
        m.CreateIndex("IX_Activities_PriorityId", "Activities", "PriorityId");
        m.CreateIndex("IX_Activities_SubThemeId", "Activities", "SubThemeId");

        m.CreateTable("PriorityRelations", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            FromPriorityId = t.Column<int>(),
            ToPriorityId = t.Column<int>(),
            Description = t.Text(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PriorityRelations", x => x.Id);
            t.ForeignKey("FK_PriorityRelations_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_PriorityRelations_Priorities_FromPriorityId", x => x.FromPriorityId, "Priorities", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_PriorityRelations_Priorities_ToPriorityId", x => x.ToPriorityId, "Priorities", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_PriorityRelations_PlanId", "PriorityRelations", "PlanId");
        m.CreateIndex("IX_PriorityRelations_FromPriorityId", "PriorityRelations", "FromPriorityId");
        m.CreateIndex("IX_PriorityRelations_ToPriorityId", "PriorityRelations", "ToPriorityId");

        m.CreateTable("PriorityLvaLinks", t => new
        {
            PriorityId = t.Column<int>(),
            LvaThemeId = t.Column<int>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PriorityLvaLinks", x => new { x.PriorityId, x.LvaThemeId });
            t.ForeignKey("FK_PriorityLvaLinks_Priorities_PriorityId", x => x.PriorityId, "Priorities", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_PriorityLvaLinks_LvaThemes_LvaThemeId", x => x.LvaThemeId, "LvaThemes", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_PriorityLvaLinks_LvaThemeId", "PriorityLvaLinks", "LvaThemeId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        string[] tables =
        [
            "PriorityLvaLinks", "PriorityRelations", "Activities", "Goals", "SubThemes", "Priorities",
            "Chapters", "Plans", "BodyMembers", "GoverningBodies", "Organisations", "Municipalities",
            "BasicTeams", "Districts", "LvaThemes", "PoliceUnits",
        ];
        foreach (var table in tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
