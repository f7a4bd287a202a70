using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// Downloads a reaction's attachment for the redacteuren who handle it. The file is found through the
/// reaction (of a round of this plan), not by its id alone: a reaction and its attachment are personal
/// data, which plan members who do not handle reactions need not see. Always as a download, with the
/// type detected at upload, as the plan's own attachments are.
/// </summary>
[Access(Access.PlanEditor)]
public class ReactionAttachmentModel(BeleidsplanDbContext db, UploadStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int round, int reaction)
    {
        var planId = HttpContext.PlanScope().PlanId;
        var fileId = await db.Reactions.AsNoTracking()
            .Where(r => r.Id == reaction && r.RoundId == round && r.PlanId == planId && r.Round!.PlanId == planId)
            .Select(r => r.AttachmentId).SingleOrDefaultAsync();
        if (fileId is not { } id || await store.OpenAsync(id, HttpContext.RequestAborted) is not { } opened)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(opened.Content, opened.File.ContentType, opened.File.Name);
    }
}
