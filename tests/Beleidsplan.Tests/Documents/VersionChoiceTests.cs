using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Documents;

/// <summary>The councils are heard on the draft plan: the documents describe that version, not later edits.</summary>
[Collection(DocumentsSite.Name)]
public class VersionChoiceTests(AppFactory app)
{
    [Fact]
    public async Task The_documents_describe_the_draft_plan_version_once_it_went_out_else_the_latest_version()
    {
        var slug = await DemoPlan.NewPlanAsync(app);
        var draft = await FreezeAsync(slug, "95%-versie", new DateOnly(2028, 8, 15), renameTo: "Hernoemd thema");
        await FreezeAsync(slug, "Latere versie", new DateOnly(2028, 9, 1), renameTo: "Werktitel");
        var proposal = $"/werkruimte/plannen/{slug}/documenten/raadsvoorstel/gm0377";

        var (_, latest) = await DemoPlan.DownloadAsync(app, Role.Redacteur, proposal);
        latest.Paragraph("Thema 1: Hernoemd thema").Style.ShouldBe("Heading2");
        latest.Text.ShouldContain("(Latere versie van 1 september 2028).");

        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Slug == slug);
            db.PlanDecisions.Add(new PlanDecision
            {
                PlanId = plan.Id,
                Kind = DecisionKind.DraftPlanReleased,
                DecidedOn = new DateOnly(2028, 8, 20),
                Body = "RBOP",
                FromStatus = PlanStatus.Consultation,
                ToStatus = PlanStatus.Draft,
                PlanVersionId = draft,
                RecordedBy = "Test",
                RecordedAt = DateTimeOffset.UtcNow,
            });
            var bloemendaal = await db.Municipalities.SingleAsync(m => m.CbsCode == "GM0377");
            db.CouncilHearings.Add(new CouncilHearing { PlanId = plan.Id, MunicipalityId = bloemendaal.Id, CouncilMeetingOn = new DateOnly(2028, 9, 28) });
            return await db.SaveChangesAsync();
        });

        var (_, word) = await DemoPlan.DownloadAsync(app, Role.Redacteur, proposal);
        word.Paragraph("Thema 1: Testthema").Style.ShouldBe("Heading2");
        word.Text.ShouldNotContain("Hernoemd thema");
        word.Text.ShouldContain("(95%-versie van 15 augustus 2028).");
        word.Text.ShouldContain("De raad voornoemd, d.d. 28 september 2028");
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await redacteur.GetAsync($"/werkruimte/plannen/{slug}/documenten");
        page.QuerySelector("main")!.TextContent.ShouldContain("de 95%-versie van 15 augustus 2028");
    }

    [Fact]
    public async Task Bloemendaals_proposal_on_the_demos_draft_plan_names_the_themes_as_the_95_percent_version_has_them()
    {
        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Slug == DemoPlan.Slug);
            var draft = await db.PlanVersions.SingleAsync(v => v.PlanId == plan.Id && v.Label == "95%-versie");
            db.PlanDecisions.Add(new PlanDecision
            {
                PlanId = plan.Id,
                Kind = DecisionKind.DraftPlanReleased,
                DecidedOn = draft.Date,
                Body = "Regionaal Bestuurlijk Overleg Politie",
                FromStatus = PlanStatus.Consultation,
                ToStatus = PlanStatus.Draft,
                PlanVersionId = draft.Id,
                RecordedBy = "Test",
                RecordedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var (_, word) = await DemoPlan.DownloadAsync(app, Role.Gemeente, $"{DemoPlan.Bloemendaal}?datum=2023-08-22", municipality: "Bloemendaal");

        // Seed 001: Bloemendaal's proposal of 22 August 2023 lists the theme under the title the RBOP fixed.
        word.Text.ShouldContain("gelezen het voorstel van de burgemeester van 22 augustus 2023;");
        word.Paragraph("Thema 3: Verbinding met de samenleving en maatschappelijke onrust").Style.ShouldBe("Heading2");
        word.Text.ShouldContain("(95%-versie van 15 augustus 2023).");
        word.Text.ShouldContain("De politieleiding van ons basisteam Kennemer Kust");
    }

    /// <summary>Freezes the working copy, then renames its first priority, as a redacteur editing on would; returns the version's id.</summary>
    private Task<int> FreezeAsync(string slug, string label, DateOnly date, string renameTo) => app.WithDbAsync(async db =>
    {
        var plan = await new PlanQueries(db).LoadWorkingCopyAsync(slug) ?? throw new InvalidOperationException(slug);
        var number = await db.PlanVersions.CountAsync(v => v.PlanId == plan.Id) + 1;
        var version = PlanVersion.Freeze(plan, number, label, date, null, "Test", DateTimeOffset.UtcNow);
        db.PlanVersions.Add(version);
        await db.SaveChangesAsync();
        var priority = await db.Priorities.SingleAsync(p => p.PlanId == plan.Id);
        priority.Title = renameTo;
        await db.SaveChangesAsync();
        return version.Id;
    });
}
