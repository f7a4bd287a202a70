using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>
/// Registers how one council was heard: the meetings, the outcome with its text and decision document.
/// One hearing per plan and municipality, so registering again updates it (the audit trail keeps the
/// change); two people saving at once get the conflict notice instead of overwriting each other.
/// </summary>
[Access(Access.PlanMember)]
[AcceptsUploads]
public class HearingModel(BeleidsplanDbContext db, UploadStore store, UserManager<User> users, TimeProvider clock, ILogger<HearingModel> log) : PageModel
{
    [FromRoute]
    public string CbsCode { get; set; } = "";

    [BindProperty]
    public HearingInput Input { get; set; } = new();

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public IFormFile? Document { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public Municipality Municipality { get; private set; } = null!;

    public CouncilHearing? Hearing { get; private set; }

    public string? DocumentName { get; private set; }

    public List<ConflictField> Conflict { get; } = [];

    public string? ConflictNote { get; private set; }

    /// <summary>Only a redacteur records when the draft was sent; a gemeente user sees it.</summary>
    public bool MaySetDraftSentOn => Scope.Has(Role.Redacteur);

    public bool Saved => Request.Query.ContainsKey("opgeslagen");

    /// <summary>The way back, and the hearing's history for those who may read the plan's history.</summary>
    public EditorHeader Header => Hearing is not null && (Scope.Has(Role.Redacteur) || Scope.Has(Role.Beheerder))
        ? new EditorHeader(Scope, nameof(CouncilHearing), Hearing.Id)
        : new EditorHeader(Scope);

    public CouncilStatus? Status => Hearing?.StatusOn(Hearing.Round?.Deadline, Rounds.Today(clock));

    /// <summary>A date field of the form with its label and the value typed or saved.</summary>
    public DateField Date(string field) => field switch
    {
        nameof(HearingInput.DraftSentOn) => new(field, "Ontwerp verstuurd op", Input.DraftSentOn),
        nameof(HearingInput.CommitteeMeetingOn) => new(field, "Commissievergadering (optioneel)", Input.CommitteeMeetingOn),
        nameof(HearingInput.CouncilMeetingOn) => new(field, "Raadsvergadering (optioneel)", Input.CouncilMeetingOn),
        _ => new(field, "Datum van het besluit", Input.DecidedOn),
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ResolveAsync() is { } refusal)
        {
            return refusal;
        }

        if (Hearing is not null)
        {
            Input = HearingInput.From(Hearing);
            Version = Hearing.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await ResolveAsync() is { } refusal)
        {
            return refusal;
        }

        if (Hearing is null)
        {
            ModelState.AddModelError("", "Het ontwerp is nog niet naar de gemeenteraden verstuurd; registreren kan daarna.");
            return Page();
        }

        if (Version is null)
        {
            ModelState.AddModelError("", "Het formulier is onvolledig. Open de pagina opnieuw en probeer het nog eens.");
        }

        if (!MaySetDraftSentOn)
        {
            // When the draft went out is the redacteur's fact; it bounds the council's dates below.
            Input.DraftSentOn = HearingInput.From(Hearing).DraftSentOn;
        }

        if (!Input.Validate(ModelState, Hearing.Round?.OpensOn, Rounds.Today(clock), out var parsed) || Version is null)
        {
            return Page();
        }

        var userId = users.GetUserId(User)!;
        StoredFile? uploaded = null;
        var replaced = Hearing.DecisionDocumentId;
        if (Document is { } upload && (upload.Length > 0 || upload.FileName.Length > 0))
        {
            await using var content = upload.OpenReadStream();
            var result = await store.SaveAsync(content, upload.FileName, userId, Scope.PlanId, HttpContext.RequestAborted);
            if (result.File is not { } file)
            {
                ModelState.AddModelError(nameof(Document), result.Error ?? "Dit bestand wordt niet aangenomen.");
                return Page();
            }

            uploaded = file;
            Hearing.DecisionDocumentId = file.Id;
        }

        parsed.ApplyTo(Hearing);
        var user = await users.GetUserAsync(User);
        var by = string.IsNullOrWhiteSpace(user?.DisplayName) ? user?.Email ?? userId : user.DisplayName;
        Hearing.RegisteredBy = by.Length > 300 ? by[..300] : by;
        Hearing.RegisteredAt = clock.GetUtcNow();
        db.Entry(Hearing).Property(h => h.Version).OriginalValue = Version.Value;
        if (Hearing.Round is { } round)
        {
            await CouncilReactions.SyncAsync(db, Hearing, Municipality, round, Hearing.RegisteredBy, userId, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await ShowConflictAsync();
            if (uploaded is not null)
            {
                await store.DeleteAsync(uploaded); // not kept: the registration it came with was not saved
            }

            return Page();
        }

        if (uploaded is not null && replaced is { } old && !await AttachmentsModel.IsKeptElsewhere(db, old)
            && await db.StoredFiles.SingleOrDefaultAsync(f => f.Id == old) is { } previous)
        {
            await store.DeleteAsync(previous); // the replaced document, unreferenced, would otherwise surface among the plan's attachments
        }

        return Redirect(CouncilUrls.Hearing(Scope.Slug, Municipality.CbsCode) + "?opgeslagen=1");
    }

    /// <summary>The municipality of the address within the plan's unit; someone who may not register for it gets a logged 403.</summary>
    private async Task<IActionResult?> ResolveAsync()
    {
        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.CbsCode == CbsCode && m.PoliceUnitId == Scope.UnitId);
        if (municipality is null)
        {
            return NotFound();
        }

        Municipality = municipality;
        if (!await CouncilAccess.MayRegisterAsync(db, Scope, users.GetUserId(User), municipality.Id))
        {
            log.LogWarning("Geweigerd: gebruiker {UserId} mag de uitkomst van gemeente {CbsCode} niet registreren (plan {PlanId})",
                users.GetUserId(User), CbsCode, Scope.PlanId);
            return Forbid();
        }

        Hearing = await db.CouncilHearings.Include(h => h.Round).Include(h => h.DecisionDocument)
            .SingleOrDefaultAsync(h => h.PlanId == Scope.PlanId && h.MunicipalityId == municipality.Id);
        DocumentName = Hearing?.DecisionDocument?.Name;
        return null;
    }

    private async Task ShowConflictAsync()
    {
        db.ChangeTracker.Clear();
        var saved = await db.CouncilHearings.AsNoTracking().Include(h => h.Round).SingleAsync(h => h.Id == Hearing!.Id);
        var key = saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var last = await db.AuditEntries.Where(a => a.ItemType == nameof(CouncilHearing) && a.ItemKey == key).OrderByDescending(a => a.Id).FirstOrDefaultAsync();
        ConflictNote = $"Deze registratie is gewijzigd door {(last is null ? "iemand anders" : $"{last.Actor} op {last.At.ToDutchMoment()}")}, nadat u haar opende. Uw wijzigingen zijn nog niet opgeslagen.";
        Conflict.AddRange(InputFields.Differences(HearingInput.From(saved), Input));
        Hearing = saved;
        Version = saved.Version; // saving again now overwrites deliberately, with what the user merged
        ModelState.Remove(nameof(Version));
    }
}
