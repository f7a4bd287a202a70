using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Documents;

/// <summary>What the data lacks is a highlighted placeholder in square brackets, never a guess.</summary>
[Collection(DocumentsSite.Name)]
public class PlaceholderTests(AppFactory app)
{
    [Fact]
    public async Task A_plan_without_milestones_versions_or_adoption_gets_placeholders_where_those_facts_go()
    {
        var slug = await DemoPlan.NewPlanAsync(app);

        var (_, letter) = await DemoPlan.DownloadAsync(app, Role.Redacteur, $"/werkruimte/plannen/{slug}/documenten/brief-regioburgemeester");
        var (_, proposal) = await DemoPlan.DownloadAsync(app, Role.Redacteur, $"/werkruimte/plannen/{slug}/documenten/raadsvoorstel/gm0377");

        letter.ValidationErrors.ShouldBeEmpty();
        proposal.ValidationErrors.ShouldBeEmpty();
        var planning = letter.Lines.SkipWhile(l => l.Text != "Planning").Skip(1).First();
        planning.Highlighted.ShouldBe(["[De planning van het plan heeft nog geen mijlpalen. Beschrijf hier de planning.]"]);
        letter.Text.ShouldContain("zijn op [datum] vastgesteld door [orgaan].");
        letter.Paragraph("Thema 1: Testthema").Style.ShouldBe("Heading2");
        proposal.Text.ShouldContain("staat ter vaststelling geagendeerd voor de vergadering van [datum vaststelling] (Regionaal Bestuurlijk Overleg Politie).");
        proposal.Text.ShouldContain("De raad voornoemd, d.d. [datum raadsvergadering]");
        proposal.Lines.SelectMany(l => l.Highlighted).ShouldContain("[datum vaststelling]");
        proposal.Text.ShouldNotContain("digitaal in te zien"); // not published: no public address to give
    }

    [Fact]
    public async Task Milestones_give_the_planning_the_adoption_date_and_the_day_the_themes_were_fixed()
    {
        var slug = await DemoPlan.NewPlanAsync(app);
        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Slug == slug);
            db.Milestones.AddRange(
                new Milestone { PlanId = plan.Id, Title = "Vaststelling in het RBOP", DueOn = new DateOnly(2027, 11, 9) },
                new Milestone { PlanId = plan.Id, Title = "Thema's vastgesteld in het RBOP", DueOn = new DateOnly(2027, 3, 1), CompletedOn = new DateOnly(2027, 3, 30) });
            return await db.SaveChangesAsync();
        });

        var (_, letter) = await DemoPlan.DownloadAsync(app, Role.Redacteur, $"/werkruimte/plannen/{slug}/documenten/brief-regioburgemeester");
        var (_, proposal) = await DemoPlan.DownloadAsync(app, Role.Redacteur, $"/werkruimte/plannen/{slug}/documenten/raadsvoorstel/gm0377");

        letter.Lines.Where(l => l.InList).Select(l => l.Text).ShouldBe([
            "Testdeelthema",
            "1 maart 2027: Thema's vastgesteld in het RBOP (gereed op 30 maart 2027)",
            "9 november 2027: Vaststelling in het RBOP",
        ]);
        letter.Text.ShouldContain("zijn op 30 maart 2027 vastgesteld door Regionaal Bestuurlijk Overleg Politie.");
        proposal.Text.ShouldContain("geagendeerd voor de vergadering van 9 november 2027 (Regionaal Bestuurlijk Overleg Politie).");
    }
}
