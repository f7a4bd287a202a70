using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beleidsplan.Web.Data.Migrations;

/// <summary>
/// Frozen versions of a plan, consultation rounds, their invitees and the reactions with their
/// handling. Triggers keep a version's content and a reaction's words as they were received.
/// </summary>
[DbContext(typeof(BeleidsplanDbContext))]
[Migration("20261123130000_Consultation")]
public class Consultation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable("PlanVersions", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            Number = t.Column<int>(),
            Label = t.Text(100),
            Date = t.Column<DateOnly>(),
            Note = t.Text(2000, nullable: true),
            Snapshot = t.Text(),
            FrozenAt = t.Column<DateTimeOffset>(),
            FrozenBy = t.Text(300),
            IsPublished = t.Column<bool>(),
            AdoptedOn = t.Column<DateOnly>(nullable: true),
            AdoptedBy = t.Text(300, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_PlanVersions", x => x.Id);
            t.ForeignKey("FK_PlanVersions_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_PlanVersions_PlanId_Number", "PlanVersions", ["PlanId", "Number"], unique: true);
        m.CreateIndex("IX_PlanVersions_Published", "PlanVersions", "PlanId", unique: true, filter: "\"IsPublished\"");

        m.CreateTable("ConsultationRounds", t => new
        {
            Id = t.Identity(),
            Version = t.Column<int>(defaultValue: 0),
            PlanId = t.Column<int>(),
            PlanVersionId = t.Column<int>(),
            Title = t.Text(200),
            Introduction = t.Text(4000, nullable: true),
            OpensOn = t.Column<DateOnly>(),
            Deadline = t.Column<DateOnly>(),
            OpenLinkTokenHash = t.Text(64, nullable: true),
            PreviousRoundId = t.Column<int>(nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(),
            ClosedAt = t.Column<DateTimeOffset>(nullable: true),
            ClosedBy = t.Text(300, nullable: true),
            ClosingNote = t.Text(4000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ConsultationRounds", x => x.Id);
            t.ForeignKey("FK_ConsultationRounds_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ConsultationRounds_PlanVersions_PlanVersionId", x => x.PlanVersionId, "PlanVersions", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ConsultationRounds_ConsultationRounds_PreviousRoundId", x => x.PreviousRoundId, "ConsultationRounds", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ConsultationRounds_PlanId", "ConsultationRounds", "PlanId");
        m.CreateIndex("IX_ConsultationRounds_PlanVersionId", "ConsultationRounds", "PlanVersionId");
        m.CreateIndex("IX_ConsultationRounds_PreviousRoundId", "ConsultationRounds", "PreviousRoundId");
        m.CreateIndex("IX_ConsultationRounds_OpenLinkTokenHash", "ConsultationRounds", "OpenLinkTokenHash", unique: true);

        m.CreateTable("ConsultationInvitees", t => new
        {
            Id = t.Identity(),
            PlanId = t.Column<int>(),
            RoundId = t.Column<int>(),
            Group = t.Enum(),
            Name = t.Text(200),
            Email = t.Text(254),
            OrganisationId = t.Column<int>(nullable: true),
            OrganisationName = t.Text(200, nullable: true),
            TokenHash = t.Text(64),
            InvitedAt = t.Column<DateTimeOffset>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ConsultationInvitees", x => x.Id);
            t.ForeignKey("FK_ConsultationInvitees_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ConsultationInvitees_ConsultationRounds_RoundId", x => x.RoundId, "ConsultationRounds", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_ConsultationInvitees_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ConsultationInvitees_PlanId", "ConsultationInvitees", "PlanId");
        m.CreateIndex("IX_ConsultationInvitees_OrganisationId", "ConsultationInvitees", "OrganisationId");
        m.CreateIndex("IX_ConsultationInvitees_TokenHash", "ConsultationInvitees", "TokenHash", unique: true);
        m.CreateIndex("IX_ConsultationInvitees_RoundId_Email", "ConsultationInvitees", ["RoundId", "Email"], unique: true);

        CreateReactions(m);
        AddTriggers(m);
    }

    private static void CreateReactions(MigrationBuilder m)
    {
        m.CreateTable("Reactions", t => new
        {
            Id = t.Identity(),
            Version = t.Column<int>(defaultValue: 0),
            PlanId = t.Column<int>(),
            RoundId = t.Column<int>(),
            SubmissionKey = t.Column<Guid>(),
            InviteeId = t.Column<int>(nullable: true),
            UserId = t.Text(450, nullable: true),
            RespondentName = t.Text(200),
            RespondentEmail = t.Text(254, nullable: true),
            OrganisationName = t.Text(200, nullable: true),
            Group = t.Column<string>(maxLength: 40, nullable: true),
            Source = t.Enum(),
            RegisteredBy = t.Text(300, nullable: true),
            PartKind = t.Enum(),
            PartId = t.Column<int>(nullable: true),
            PartTitle = t.Text(500),
            Passage = t.Text(2000, nullable: true),
            Kind = t.Enum(),
            Text = t.Text(10000),
            AttachmentId = t.Column<Guid>(nullable: true),
            SubmittedAt = t.Column<DateTimeOffset>(),
            ReceivedOn = t.Column<DateOnly>(),
            IsLate = t.Column<bool>(),
            AfterClosing = t.Column<bool>(),
            Handling = t.Column<string>(maxLength: 40, nullable: true),
            HandlingNote = t.Text(10000, nullable: true),
            ChangedInVersionId = t.Column<int>(nullable: true),
            ChangedPartKind = t.Column<string>(maxLength: 40, nullable: true),
            ChangedPartId = t.Column<int>(nullable: true),
            ChangedPartTitle = t.Text(500, nullable: true),
            HandledAt = t.Column<DateTimeOffset>(nullable: true),
            HandledBy = t.Text(300, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Reactions", x => x.Id);
            t.ForeignKey("FK_Reactions_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reactions_ConsultationRounds_RoundId", x => x.RoundId, "ConsultationRounds", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reactions_ConsultationInvitees_InviteeId", x => x.InviteeId, "ConsultationInvitees", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reactions_StoredFiles_AttachmentId", x => x.AttachmentId, "StoredFiles", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Reactions_PlanVersions_ChangedInVersionId", x => x.ChangedInVersionId, "PlanVersions", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Reactions_PlanId", "Reactions", "PlanId");
        m.CreateIndex("IX_Reactions_InviteeId", "Reactions", "InviteeId");
        m.CreateIndex("IX_Reactions_AttachmentId", "Reactions", "AttachmentId");
        m.CreateIndex("IX_Reactions_ChangedInVersionId", "Reactions", "ChangedInVersionId");
        m.CreateIndex("IX_Reactions_RoundId_SubmissionKey", "Reactions", ["RoundId", "SubmissionKey"], unique: true);
    }

    private static void AddTriggers(MigrationBuilder m)
    {
        const string version = "Een versie kan niet worden gewijzigd of verwijderd.";
        const string reaction = "Een ontvangen reactie blijft zoals zij is ontvangen.";
        if (m.IsSqlite())
        {
            m.Sql($"""CREATE TRIGGER "PlanVersions_Frozen" BEFORE UPDATE OF "PlanId", "Number", "Label", "Date", "Note", "Snapshot" ON "PlanVersions" BEGIN SELECT RAISE(ABORT, '{version}'); END;""");
            m.Sql($"""CREATE TRIGGER "PlanVersions_NoDelete" BEFORE DELETE ON "PlanVersions" BEGIN SELECT RAISE(ABORT, '{version}'); END;""");
            m.Sql($"""CREATE TRIGGER "Reactions_Frozen" BEFORE UPDATE OF "RoundId", "Text", "Kind", "Passage", "RespondentName", "SubmittedAt" ON "Reactions" BEGIN SELECT RAISE(ABORT, '{reaction}'); END;""");
            m.Sql($"""CREATE TRIGGER "Reactions_NoDelete" BEFORE DELETE ON "Reactions" BEGIN SELECT RAISE(ABORT, '{reaction}'); END;""");
            return;
        }

        m.Sql($"""
            CREATE FUNCTION "PlanVersions_Frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' OR (NEW."PlanId", NEW."Number", NEW."Label", NEW."Date", NEW."Note", NEW."Snapshot")
                 IS DISTINCT FROM (OLD."PlanId", OLD."Number", OLD."Label", OLD."Date", OLD."Note", OLD."Snapshot") THEN
                RAISE EXCEPTION '{version}';
              END IF;
              RETURN NEW;
            END; $$;
            """);
        m.Sql("""CREATE TRIGGER "PlanVersions_Frozen" BEFORE UPDATE OR DELETE ON "PlanVersions" FOR EACH ROW EXECUTE FUNCTION "PlanVersions_Frozen"();""");
        m.Sql($"""
            CREATE FUNCTION "Reactions_Frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' OR (NEW."RoundId", NEW."Text", NEW."Kind", NEW."Passage", NEW."RespondentName", NEW."SubmittedAt")
                 IS DISTINCT FROM (OLD."RoundId", OLD."Text", OLD."Kind", OLD."Passage", OLD."RespondentName", OLD."SubmittedAt") THEN
                RAISE EXCEPTION '{reaction}';
              END IF;
              RETURN NEW;
            END; $$;
            """);
        m.Sql("""CREATE TRIGGER "Reactions_Frozen" BEFORE UPDATE OR DELETE ON "Reactions" FOR EACH ROW EXECUTE FUNCTION "Reactions_Frozen"();""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Reactions");
        migrationBuilder.DropTable("ConsultationInvitees");
        migrationBuilder.DropTable("ConsultationRounds");
        migrationBuilder.DropTable("PlanVersions");
        if (!migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""DROP FUNCTION "PlanVersions_Frozen"(); DROP FUNCTION "Reactions_Frozen"();""");
        }
    }
}
