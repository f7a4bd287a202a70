using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Importing;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;

/// <summary>Downloads the regioburgemeester's letter to all councils on the state of affairs (.docx).</summary>
[Access(Access.PlanGovernance)]
public class LetterModel(BeleidsplanDbContext db, PlanQueries plans, AccountLinks links, MarkdownRenderer markdown, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var now = clock.GetUtcNow();
        var facts = await new DocumentFactsQuery(db, plans, links, markdown)
            .LoadAsync(HttpContext.PlanScope(), DateOnly.FromDateTime(now.ToAmsterdam().DateTime));
        Response.Headers.CacheControl = "private, no-store";
        return File(RegionalMayorLetterDocument.Create(facts, now), WordDocument.ContentType,
            $"brief-regioburgemeester-{Slugs.FromTitle(facts.ShortTitle, [])}.docx");
    }
}
