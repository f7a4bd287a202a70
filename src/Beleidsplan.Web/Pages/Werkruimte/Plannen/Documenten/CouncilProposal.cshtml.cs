using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Importing;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;

/// <summary>
/// Downloads one municipality's council proposal (.docx) on the plan's draft. A gemeente user gets
/// its own municipality's only: another one's is a logged 403. A municipality outside the plan's
/// unit does not exist here (404).
/// </summary>
[Access(Access.PlanMember)]
public class CouncilProposalModel(BeleidsplanDbContext db, PlanQueries plans, AccountLinks links, MarkdownRenderer markdown,
    TimeProvider clock, UserManager<Domain.Accounts.User> users, ILogger<CouncilProposalModel> log) : PageModel
{
    /// <param name="gemeente">The municipality's CBS code.</param>
    /// <param name="datum">The day of the mayor's proposal; today when not given.</param>
    public async Task<IActionResult> OnGetAsync(string gemeente, string? datum)
    {
        var scope = HttpContext.PlanScope();
        var date = ProposalDate.Parse(datum, out var problem);
        if (problem is not null)
        {
            return Redirect($"{DocumentUrls.Documents(scope.Slug)}?datum={Uri.EscapeDataString(datum!)}"); // the form there says what is wrong
        }

        var code = gemeente.ToUpperInvariant();
        var municipality = await db.Municipalities.AsNoTracking().Include(m => m.BasicTeam)
            .SingleOrDefaultAsync(m => m.PoliceUnitId == scope.UnitId && m.CbsCode == code);
        if (municipality is null)
        {
            return NotFound();
        }

        var userId = users.GetUserId(User);
        if (await ProposalScope.MunicipalitiesAsync(db, scope, userId) is { } own && !own.Contains(municipality.Id))
        {
            log.LogWarning("Geweigerd: gebruiker {UserId} vroeg het raadsvoorstel van gemeente {Municipality} op, buiten zijn bereik", userId, code);
            return Forbid();
        }

        var meeting = await db.CouncilHearings.Where(h => h.PlanId == scope.PlanId && h.MunicipalityId == municipality.Id)
            .Select(h => h.CouncilMeetingOn).FirstOrDefaultAsync();
        var now = clock.GetUtcNow();
        var facts = await new DocumentFactsQuery(db, plans, links, markdown).LoadAsync(scope, date ?? DateOnly.FromDateTime(now.ToAmsterdam().DateTime));
        var document = CouncilProposalDocument.Create(facts, new ProposalMunicipality(municipality.Name, municipality.BasicTeam?.Name, meeting), now);
        Response.Headers.CacheControl = "private, no-store";
        return File(document, WordDocument.ContentType,
            $"raadsvoorstel-{Slugs.FromTitle(facts.ShortTitle, [])}-{Slugs.FromTitle(municipality.Name, [])}.docx");
    }
}
