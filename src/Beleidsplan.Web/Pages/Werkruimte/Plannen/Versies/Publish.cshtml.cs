using System.Globalization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

/// <summary>
/// A redacteur makes a version the one the public site shows: as a concept (with a banner saying the
/// text may still change) or as the adopted version, with the date and the body that adopted it.
/// An adopted version stays adopted; the plan then carries that adoption too.
/// </summary>
[Access(Access.PlanEditor)]
public class PublishModel(BeleidsplanDbContext db, TimeProvider clock) : PageModel
{
    public const string AsConcept = "concept";
    public const string AsAdopted = "vastgesteld";
    private const int AdoptedByMaxLength = 300;

    public sealed class PublishInput
    {
        public string? Stage { get; set; }

        public string? AdoptedOn { get; set; }

        public string? AdoptedBy { get; set; }
    }

    [BindProperty]
    public PublishInput Input { get; set; } = new();

    public PlanScope Scope => HttpContext.PlanScope();

    public PlanVersion Version { get; private set; } = null!;

    /// <summary>The version the public site shows now, when it is another one.</summary>
    public (int Number, string Label)? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number)
    {
        if (!await LoadAsync(number))
        {
            return NotFound();
        }

        Input.Stage = Version.IsAdopted ? AsAdopted : null;
        Input.AdoptedOn = (Version.AdoptedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Input.AdoptedBy = Version.AdoptedBy;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number)
    {
        if (!await LoadAsync(number, tracked: true))
        {
            return NotFound();
        }

        var adoptedOn = Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (adoptedOn is { } on)
        {
            Version.MarkAdopted(on, Input.AdoptedBy!);
        }

        if (Version.IsAdopted)
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == Scope.PlanId);
            plan.RecordAdoption(Version.AdoptedOn!.Value, Version.AdoptedBy!);
        }

        try
        {
            await VersionPublisher.PublishAsync(db, Version, HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Another redacteur published a version of this plan at the same moment (the one-published
            // index or the plan's version refused this save); nothing of this request was saved.
            ModelState.AddModelError(string.Empty, "Tegelijk is een andere versie gepubliceerd of het plan gewijzigd. Bekijk de versies en probeer het opnieuw.");
            return Page();
        }

        return Redirect($"{ConsultationUrls.Versions(Scope.Slug)}?gepubliceerd={Version.Number}");
    }

    /// <summary>The adoption date when this publication adopts the version; null otherwise (or when the input is wrong).</summary>
    private DateOnly? Validate()
    {
        var stageKey = $"{nameof(Input)}.{nameof(PublishInput.Stage)}";
        switch (Input.Stage)
        {
            case AsConcept when Version.IsAdopted:
                ModelState.AddModelError(stageKey, "Deze versie is al vastgesteld; zij kan alleen als vastgestelde versie worden gepubliceerd.");
                return null;
            case AsConcept:
                return null;
            case AsAdopted when Version.IsAdopted:
                return null; // adopted before: published as it was adopted
            case AsAdopted:
                var on = VersionDates.Parse(Input.AdoptedOn, out var problem);
                if (problem is not null)
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(PublishInput.AdoptedOn)}", problem);
                }
                else if (on < Version.Date)
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(PublishInput.AdoptedOn)}",
                        $"Een versie kan niet zijn vastgesteld vóór haar eigen datum ({Version.Date.ToString("d MMMM yyyy", DutchTime.Culture)}).");
                }

                var byKey = $"{nameof(Input)}.{nameof(PublishInput.AdoptedBy)}";
                if (string.IsNullOrWhiteSpace(Input.AdoptedBy))
                {
                    ModelState.AddModelError(byKey, "Vermeld wie de versie heeft vastgesteld, bijvoorbeeld het RBOP.");
                }
                else if (Input.AdoptedBy.Trim().Length > AdoptedByMaxLength)
                {
                    ModelState.AddModelError(byKey, $"Dit is te lang: ten hoogste {AdoptedByMaxLength} tekens.");
                }

                return on;
            default:
                ModelState.AddModelError(stageKey, "Kies of u de versie als concept of als vastgestelde versie publiceert.");
                return null;
        }
    }

    private async Task<bool> LoadAsync(int number, bool tracked = false)
    {
        var versions = tracked ? db.PlanVersions : db.PlanVersions.AsNoTracking();
        var version = await versions.SingleOrDefaultAsync(v => v.PlanId == Scope.PlanId && v.Number == number);
        if (version is null)
        {
            return false;
        }

        Version = version;
        var current = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == Scope.PlanId && v.IsPublished && v.Id != version.Id)
            .Select(v => new { v.Number, v.Label }).SingleOrDefaultAsync();
        Current = current is null ? null : (current.Number, current.Label);
        return true;
    }
}
