using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>
/// A plan's decisions (its lifecycle), the hearing of each municipality's council, and the
/// milestones of its planning with those responsible for them.
/// </summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123170000_Lifecycle")]
public class Lifecycle : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.AddColumn<DateOnly>("OfferedToMinisterOn", "Plans", nullable: true);

        m.CreateTable("PlanDecisions", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            Kind = t.Enum(),
            DecidedOn = t.Column<DateOnly>(),
            Body = t.Text(300),
            Reason = t.Text(4000, nullable: true),
            FromStatus = t.Enum(),
            ToStatus = t.Enum(),
            PlanVersionId = t.Column<int>(nullable: true),
            DocumentId = t.Column<Guid>(nullable: true),
            ExtendedToYear = t.Column<int>(nullable: true),
            RecordedBy = t.Text(300),
            RecordedAt = t.Column<DateTimeOffset>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PlanDecisions", x => x.Id);
            t.ForeignKey("FK_PlanDecisions_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_PlanDecisions_PlanVersions_PlanVersionId", x => x.PlanVersionId, "PlanVersions", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_PlanDecisions_StoredFiles_DocumentId", x => x.DocumentId, "StoredFiles", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_PlanDecisions_PlanId", "PlanDecisions", "PlanId");
        m.CreateIndex("IX_PlanDecisions_PlanVersionId", "PlanDecisions", "PlanVersionId");
        m.CreateIndex("IX_PlanDecisions_DocumentId", "PlanDecisions", "DocumentId");

        m.CreateTable("CouncilHearings", t => new
        {
            Id = t.Identity(),
            Version = t.Column<int>(defaultValue: 0),
            PlanId = t.Column<int>(),
            MunicipalityId = t.Column<int>(),
            RoundId = t.Column<int>(nullable: true),
            DraftSentOn = t.Column<DateOnly>(nullable: true),
            CommitteeMeetingOn = t.Column<DateOnly>(nullable: true),
            CouncilMeetingOn = t.Column<DateOnly>(nullable: true),
            Outcome = t.Column<string>(maxLength: 40, nullable: true),
            DecidedOn = t.Column<DateOnly>(nullable: true),
            OutcomeText = t.Text(20000, nullable: true),
            DecisionDocumentId = t.Column<Guid>(nullable: true),
            ReactionId = t.Column<int>(nullable: true),
            RegisteredBy = t.Text(300, nullable: true),
            RegisteredAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CouncilHearings", x => x.Id);
            t.ForeignKey("FK_CouncilHearings_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_CouncilHearings_Municipalities_MunicipalityId", x => x.MunicipalityId, "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_CouncilHearings_ConsultationRounds_RoundId", x => x.RoundId, "ConsultationRounds", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_CouncilHearings_StoredFiles_DecisionDocumentId", x => x.DecisionDocumentId, "StoredFiles", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_CouncilHearings_Reactions_ReactionId", x => x.ReactionId, "Reactions", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_CouncilHearings_PlanId_MunicipalityId", "CouncilHearings", ["PlanId", "MunicipalityId"], unique: true);
        m.CreateIndex("IX_CouncilHearings_MunicipalityId", "CouncilHearings", "MunicipalityId");
        m.CreateIndex("IX_CouncilHearings_RoundId", "CouncilHearings", "RoundId");
        m.CreateIndex("IX_CouncilHearings_DecisionDocumentId", "CouncilHearings", "DecisionDocumentId");
        m.CreateIndex("IX_CouncilHearings_ReactionId", "CouncilHearings", "ReactionId");

        m.CreateTable("Milestones", t => new
        {
            Id = t.Identity(),
            Version = t.Column<int>(defaultValue: 0),
            PlanId = t.Column<int>(),
            Title = t.Text(200),
            Description = t.Text(2000, nullable: true),
            DueOn = t.Column<DateOnly>(),
            CompletedOn = t.Column<DateOnly>(nullable: true),
            ReminderDaysBefore = t.Column<int>(nullable: true),
            ReminderSentAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Milestones", x => x.Id);
            t.ForeignKey("FK_Milestones_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Milestones_PlanId_DueOn", "Milestones", ["PlanId", "DueOn"]);

        m.CreateTable("MilestoneResponsibles", t => new
        {
            Id = t.Identity(),
            MilestoneId = t.Column<int>(),
            UserId = t.Text(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_MilestoneResponsibles", x => x.Id);
            t.ForeignKey("FK_MilestoneResponsibles_Milestones_MilestoneId", x => x.MilestoneId, "Milestones", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_MilestoneResponsibles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_MilestoneResponsibles_MilestoneId_UserId", "MilestoneResponsibles", ["MilestoneId", "UserId"], unique: true);
        m.CreateIndex("IX_MilestoneResponsibles_UserId", "MilestoneResponsibles", "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MilestoneResponsibles");
        migrationBuilder.DropTable("Milestones");
        migrationBuilder.DropTable("CouncilHearings");
        migrationBuilder.DropTable("PlanDecisions");
        migrationBuilder.DropColumn("OfferedToMinisterOn", "Plans");
    }
}
