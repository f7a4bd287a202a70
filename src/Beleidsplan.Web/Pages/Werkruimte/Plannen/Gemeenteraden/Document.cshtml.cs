using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>A council's decision document, for those who register that council's outcome; always as a download.</summary>
[Access(Access.PlanMember)]
public class DocumentModel(BeleidsplanDbContext db, UploadStore store, UserManager<User> users) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string cbsCode)
    {
        var scope = HttpContext.PlanScope();
        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.CbsCode == cbsCode && m.PoliceUnitId == scope.UnitId);
        if (municipality is null)
        {
            return NotFound();
        }

        if (!await CouncilAccess.MayRegisterAsync(db, scope, users.GetUserId(User), municipality.Id))
        {
            return Forbid();
        }

        var id = await db.CouncilHearings.Where(h => h.PlanId == scope.PlanId && h.MunicipalityId == municipality.Id)
            .Select(h => h.DecisionDocumentId).SingleOrDefaultAsync();
        if (id is null || await store.OpenAsync(id.Value, HttpContext.RequestAborted) is not { } opened)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(opened.Content, opened.File.ContentType, opened.File.Name);
    }
}
