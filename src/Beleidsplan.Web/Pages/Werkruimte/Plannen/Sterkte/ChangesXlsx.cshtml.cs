using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Strength;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>The plan's planned changes as a workbook (sheet "Wijzigingen"), for the working group's spreadsheet.</summary>
[Access(Access.PlanMember)]
public class ChangesXlsxModel(BeleidsplanDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var scope = HttpContext.PlanScope();
        var changes = await db.PlannedStrengthChanges.AsNoTracking().Where(c => c.PlanId == scope.PlanId)
            .OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync();
        Response.Headers.CacheControl = "private, no-store";
        return File(XlsxWriter.Write(FormationSheets.Changes(changes)), XlsxWriter.ContentType, $"sterktewijzigingen-{scope.Slug}.xlsx");
    }
}
