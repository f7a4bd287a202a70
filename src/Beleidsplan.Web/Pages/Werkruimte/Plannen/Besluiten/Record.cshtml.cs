using System.Globalization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Lifecycle;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Besluiten;

/// <summary>
/// A redacteur records one decision in the plan's life; the kind is in the address. Adoption adopts and
/// publishes the chosen version; an adjustment freezes the working copy as a new adopted version.
/// </summary>
[Access(Access.PlanEditor)]
[AcceptsUploads]
public class RecordModel(BeleidsplanDbContext db, PlanQueries queries, UploadStore store, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public PlanScope Scope => HttpContext.PlanScope();

    public DecisionKind Kind { get; private set; }

    public DecisionForm Form => DecisionForm.For(Kind);

    public Plan Plan { get; private set; } = null!;

    /// <summary>Why this decision cannot be taken now; the form is not shown then.</summary>
    public string? NotNow { get; private set; }

    public List<PlanVersion> Versions { get; private set; } = [];

    public CouncilCount Councils { get; private set; } = new(0, 0);

    public async Task<IActionResult> OnGetAsync(string kind)
    {
        if (!await LoadAsync(kind))
        {
            return NotFound();
        }

        Input.Body = DecisionInput.DefaultBody;
        Input.PlanVersion = Plan.Version;
        Input.DecidedOn = Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Input.VersionNumber = Versions.LastOrDefault()?.Number;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind)
    {
        if (!await LoadAsync(kind, tracked: true))
        {
            return NotFound();
        }

        Input.Clean();
        if (Input.PlanVersion != Plan.Version)
        {
            return await AlreadyRecordedAsync() ? Done() : (IActionResult)Refuse("Intussen is er een ander besluit vastgelegd of het plan gewijzigd. Bekijk de besluiten en probeer het opnieuw.");
        }

        if (Kind == DecisionKind.Adopted && VersionDates.Parse(Input.DecidedOn, out _) is { } adoptedOn)
        {
            Councils = await CouncilCount.LoadAsync(db, Scope.PlanId, Scope.UnitId, until: adoptedOn);
        }

        var checks = new DecisionChecks(ModelState, Kind, Form, Plan, Versions, Councils, await LastDecisionAsync());
        var valid = checks.Validate(Input);
        if (NotNow is not null || valid is null)
        {
            return Page();
        }

        var (on, version, year) = valid.Value;
        var (documentId, stored) = await SaveDocumentAsync();
        if (!stored)
        {
            return Page();
        }

        var by = await db.Users.Where(u => u.Id == UserId()).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? User.Identity?.Name ?? "onbekend";
        var body = Input.Body!.Trim();
        if (Form.NewVersion)
        {
            var copy = await queries.LoadWorkingCopyAsync(Scope.Slug) ?? throw new InvalidOperationException(Scope.Slug);
            var number = (Versions.Count == 0 ? 0 : Versions.Max(v => v.Number)) + 1;
            var label = string.IsNullOrWhiteSpace(Input.NewVersionLabel) ? $"Bijgestelde versie {on.ToString("d MMMM yyyy", DutchTime.Culture)}" : Input.NewVersionLabel;
            version = PlanVersion.Freeze(copy, number, label, on, null, by, clock.GetUtcNow());
            db.PlanVersions.Add(version);
        }

        if (Kind is DecisionKind.Adopted or DecisionKind.Adjusted)
        {
            version!.MarkAdopted(on, body); // a concept or draft plan decision only names the version sent
        }

        var decision = Plan.Decide(Kind, on, body, by, clock.GetUtcNow(), Input.Reason, extendedToYear: year);
        decision.PlanVersion = version;
        decision.DocumentId = documentId;
        db.PlanDecisions.Add(decision);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            if (version is not null && Kind is DecisionKind.Adopted or DecisionKind.Adjusted)
            {
                await VersionPublisher.PublishAsync(db, version, HttpContext.RequestAborted);
            }

            await transaction.CommitAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Two posts at once: the plan's version (a concurrency token) let only the first one through.
            db.ChangeTracker.Clear();
            await ForgetDocumentAsync(documentId);
            return await AlreadyRecordedAsync() ? Done() : (IActionResult)Refuse("Tegelijk is een ander besluit vastgelegd of een versie gepubliceerd. Er is niets opgeslagen; probeer het opnieuw.");
        }

        return Done();
    }

    /// <summary>Stores the decision document, if one was sent; false (with a message at the field) when it was refused.</summary>
    private async Task<(Guid? Id, bool Stored)> SaveDocumentAsync()
    {
        if (Input.Document is not { Length: > 0 } upload)
        {
            return (null, true);
        }

        await using var content = upload.OpenReadStream();
        var result = await store.SaveAsync(content, upload.FileName, UserId(), Scope.PlanId, HttpContext.RequestAborted);
        if (result.File is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(DecisionInput.Document)}", result.Error ?? "Het bestand kon niet worden opgeslagen.");
        }

        return (result.File?.Id, result.File is not null);
    }

    /// <summary>The document was stored before the decision's save, which failed: nothing refers to it, so it goes.</summary>
    private async Task ForgetDocumentAsync(Guid? documentId)
    {
        if (documentId is { } id && await db.StoredFiles.FindAsync(id) is { } orphan)
        {
            await store.DeleteAsync(orphan, CancellationToken.None);
        }
    }

    private RedirectResult Done() => Redirect($"{LifecycleUrls.Decisions(Scope.Slug)}?vastgelegd={Kind.ToCode()}");

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    /// <summary>A double click posts the same form twice: when the first post stored this very decision, the second simply shows it.</summary>
    private async Task<bool> AlreadyRecordedAsync()
    {
        var last = await LastDecisionAsync();
        return last is not null && last.Kind == Kind && last.Body == Input.Body?.Trim()
            && last.DecidedOn == VersionDates.Parse(Input.DecidedOn, out _);
    }

    private async Task<PlanDecision?> LastDecisionAsync() =>
        await db.PlanDecisions.AsNoTracking().Where(d => d.PlanId == Scope.PlanId).OrderByDescending(d => d.Id).FirstOrDefaultAsync();

    private async Task<bool> LoadAsync(string kind, bool tracked = false)
    {
        if (DecisionKindText.FromCode(kind) is not { } decisionKind)
        {
            return false;
        }

        Kind = decisionKind;
        Plan = await (tracked ? db.Plans : db.Plans.AsNoTracking()).SingleAsync(p => p.Id == Scope.PlanId);
        NotNow = Plan.WhyNot(Kind);
        Versions = await db.PlanVersions.Where(v => v.PlanId == Scope.PlanId).OrderBy(v => v.Number).ToListAsync();
        Councils = await CouncilCount.LoadAsync(db, Scope.PlanId, Scope.UnitId);
        return true;
    }

    private string UserId() => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime);
}
