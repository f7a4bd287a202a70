using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Documents;

[Collection(DocumentsSite.Name)]
public class ControlCharacterTests(AppFactory app)
{
    [Fact]
    public async Task Characters_xml_cannot_carry_are_left_out_of_the_proposal_and_the_letter_while_emoji_stay()
    {
        var slug = await DemoPlan.NewPlanAsync(app);
        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Priorities).ThenInclude(p => p.SubThemes).SingleAsync(p => p.Slug == slug);
            plan.Title = "Testplan\u0001 met \u0008stuurtekens";
            plan.Summary = "Samenvatting\u000B met verticale tab.";
            plan.Priorities[0].SubThemes[0].Title = "Deelthema\u0001 met \U0001F693 politieauto";
            return await db.SaveChangesAsync();
        });

        foreach (var url in new[] { $"/werkruimte/plannen/{slug}/documenten/raadsvoorstel/gm0377", $"/werkruimte/plannen/{slug}/documenten/brief-regioburgemeester" })
        {
            var (_, word) = await DemoPlan.DownloadAsync(app, Role.Redacteur, url);

            word.ValidationErrors.ShouldBeEmpty();
            word.Text.ShouldContain("Testplan met stuurtekens");
            word.Text.ShouldNotContain("\u0001");
        }

        var (_, proposal) = await DemoPlan.DownloadAsync(app, Role.Redacteur, $"/werkruimte/plannen/{slug}/documenten/raadsvoorstel/gm0377");
        proposal.Lines.ShouldContain(l => l.InList && l.Text == "Deelthema met \U0001F693 politieauto");
    }
}
