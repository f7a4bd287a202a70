using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>
/// A plan's attachments in the workspace: every member of the plan's unit reads and downloads them,
/// a redacteur of that unit adds and deletes them. The first user of the upload service.
/// </summary>
[Access(Access.PlanMember)]
[AcceptsUploads]
public class AttachmentsModel(BeleidsplanDbContext db, UploadStore store, UserManager<User> users, UploadOptions options, ILogger<AttachmentsModel> log)
    : PageModel
{
    public sealed record Row(Guid Id, string Name, string Type, string Size, DateTimeOffset UploadedAt, string UploadedBy);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public PlanScope Scope { get; private set; } = null!;

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public string MaxText => options.MaxText;

    public string? Message { get; private set; }

    public List<Row> Files { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    [Access(Access.PlanEditor)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (Refused("toevoegen") is { } refused)
        {
            return refused;
        }

        if (Upload is null || Upload.Length == 0 && Upload.FileName.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Kies een bestand.");
        }
        else
        {
            await using var content = Upload.OpenReadStream();
            var result = await store.SaveAsync(content, Upload.FileName, users.GetUserId(User)!, Scope.PlanId, HttpContext.RequestAborted);
            if (result.File is { } file)
            {
                Message = $"'{file.Name}' is toegevoegd.";
            }
            else
            {
                ModelState.AddModelError(nameof(Upload), result.Error ?? "");
            }
        }

        await LoadAsync();
        return Page();
    }

    [Access(Access.PlanEditor)]
    public async Task<IActionResult> OnPostVerwijderenAsync(Guid id)
    {
        if (Refused("verwijderen") is { } refused)
        {
            return refused;
        }

        var file = await db.StoredFiles.SingleOrDefaultAsync(f => f.Id == id);
        if (file is null)
        {
            return NotFound();
        }

        if (file.PlanId != Scope.PlanId)
        {
            log.LogWarning("Geweigerd: gebruiker {UserId} probeerde bestand {FileId} van een ander plan te verwijderen via plan {PlanId}",
                users.GetUserId(User), id, Scope.PlanId);
            return Forbid();
        }

        if (await IsKeptElsewhere(db, id))
        {
            return NotFound();
        }

        await store.DeleteAsync(file, HttpContext.RequestAborted);
        Message = $"'{file.Name}' is verwijderd.";
        await LoadAsync();
        return Page();
    }

    /// <summary>
    /// A file kept with something else is not one of the plan's attachments: it is neither listed nor
    /// deleted here (deleting it would also hit its owner's FK). See <see cref="IsRestricted"/> for serving.
    /// </summary>
    public static async Task<bool> IsKeptElsewhere(BeleidsplanDbContext db, Guid id) =>
        await IsRestricted(db, id) || await db.PlanDecisions.AnyAsync(d => d.DocumentId == id);

    /// <summary>
    /// Files every member may not open here: a reaction's file opens from the register (redacteuren only),
    /// a council's decision document from its hearing (that municipality and the redacteuren). A plan
    /// decision's document is for every member and the decisions table links to it here.
    /// </summary>
    public static async Task<bool> IsRestricted(BeleidsplanDbContext db, Guid id) =>
        await db.Reactions.AnyAsync(r => r.AttachmentId == id) || await db.CouncilHearings.AnyAsync(h => h.DecisionDocumentId == id);

    /// <summary>Only a redacteur of the plan's unit changes the attachments; others get a logged 403.</summary>
    private ForbidResult? Refused(string action)
    {
        Scope = HttpContext.PlanScope();
        if (CanEdit)
        {
            return null;
        }

        log.LogWarning("Geweigerd: gebruiker {UserId} zonder rol redacteur probeerde een bijlage te {Action} bij plan {PlanId}",
            users.GetUserId(User), action, Scope.PlanId);
        return Forbid();
    }

    private async Task LoadAsync()
    {
        Scope = HttpContext.PlanScope();
        var planId = Scope.PlanId;
        var files = await db.StoredFiles.AsNoTracking()
            .Where(f => f.PlanId == planId && !db.Reactions.Any(r => r.AttachmentId == f.Id)
                && !db.CouncilHearings.Any(h => h.DecisionDocumentId == f.Id) && !db.PlanDecisions.Any(d => d.DocumentId == f.Id))
            .ToListAsync();
        var uploaderIds = files.Select(f => f.UploadedByUserId).Distinct().ToList();
        var names = await db.Users.Where(u => uploaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        Files = files.OrderByDescending(f => f.UploadedAt)
            .Select(f => new Row(f.Id, f.Name, FileKinds.LabelOf(f.ContentType), FileKinds.SizeText(f.Size), f.UploadedAt,
                names.GetValueOrDefault(f.UploadedByUserId) ?? "onbekend"))
            .ToList();
    }
}
