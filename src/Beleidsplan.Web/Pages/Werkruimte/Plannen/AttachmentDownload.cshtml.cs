using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>
/// Downloads one attachment of a plan. Always as an attachment with the type detected at upload, so a
/// browser never renders an uploaded file inside the app's origin. A file of another plan is a logged
/// 403: its id in this plan's address can only be tampering.
/// </summary>
[Access(Access.PlanMember)]
public class AttachmentDownloadModel(Data.BeleidsplanDbContext db, UploadStore store, UserManager<Domain.Accounts.User> users, ILogger<AttachmentDownloadModel> log) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var scope = HttpContext.PlanScope();
        var opened = await store.OpenAsync(id, HttpContext.RequestAborted);
        if (opened is null)
        {
            return NotFound();
        }

        if (opened.File.PlanId != scope.PlanId)
        {
            await opened.DisposeAsync();
            log.LogWarning("Geweigerd: gebruiker {UserId} vroeg bestand {FileId} van een ander plan op via plan {PlanId}",
                users.GetUserId(User), id, scope.PlanId);
            return Forbid();
        }

        if (await AttachmentsModel.IsRestricted(db, id))
        {
            await opened.DisposeAsync();
            return NotFound(); // it opens from its own page (register, hearing), with that page's access
        }

        Response.Headers.CacheControl = "private, no-store"; // restricted documents stay out of shared caches
        // The file name goes into Content-Disposition as filename and, for non-ASCII names, filename* (RFC 6266).
        return File(opened.Content, opened.File.ContentType, opened.File.Name);
    }
}
