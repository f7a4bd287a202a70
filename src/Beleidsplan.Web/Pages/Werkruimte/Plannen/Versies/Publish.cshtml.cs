using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

/// <summary>
/// A redacteur makes a version the one the public site shows: a concept (with a banner saying the text
/// may still change), or an adopted version again as it was adopted. Adopting a version is a decision
/// in the plan's life and is recorded there (Besluiten), never here.
/// </summary>
[Access(Access.PlanEditor)]
public class PublishModel(BeleidsplanDbContext db) : PageModel
{
    /// <summary>The number of the version the form shows: a post without it (not from this form) publishes nothing.</summary>
    [BindProperty]
    public int? Confirm { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public PlanVersion Version { get; private set; } = null!;

    /// <summary>The version the public site shows now, when it is another one.</summary>
    public (int Number, string Label)? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number) => await LoadAsync(number) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int number)
    {
        if (!await LoadAsync(number, tracked: true))
        {
            return NotFound();
        }

        if (Confirm != number)
        {
            ModelState.AddModelError(string.Empty, "Publiceer de versie met de knop op deze pagina.");
            return Page();
        }

        // After adoption the cover and open data say "vastgesteld": a concept on the public site would contradict them.
        var status = await db.Plans.Where(p => p.Id == Scope.PlanId).Select(p => p.Status).SingleAsync();
        if (!Version.IsAdopted && status is PlanStatus.Adopted or PlanStatus.InForce or PlanStatus.Closed or PlanStatus.Extended)
        {
            ModelState.AddModelError(string.Empty, "Het plan is vastgesteld: alleen een vastgestelde versie kan nog worden gepubliceerd. Deze versie is een concept.");
            return Page();
        }

        try
        {
            await VersionPublisher.PublishAsync(db, Version, HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Another redacteur published a version of this plan at the same moment (the one-published
            // index refused this save); nothing of this request was saved.
            ModelState.AddModelError(string.Empty, "Tegelijk is een andere versie gepubliceerd of het plan gewijzigd. Bekijk de versies en probeer het opnieuw.");
            return Page();
        }

        return Redirect($"{ConsultationUrls.Versions(Scope.Slug)}?gepubliceerd={Version.Number}");
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
