using System.Globalization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Lifecycle;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Besluiten;

/// <summary>Records the day the adopted plan was offered to the Minister of Justice and Security.</summary>
[Access(Access.PlanEditor)]
public class MinisterModel(BeleidsplanDbContext db) : PageModel
{
    public const string Field = "OfferedOn";

    [BindProperty]
    public string? OfferedOn { get; set; }

    [BindProperty]
    public int PlanVersion { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public Plan Plan { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == Scope.PlanId);
        OfferedOn = Plan.OfferedToMinisterOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        PlanVersion = Plan.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Plan = await db.Plans.SingleAsync(p => p.Id == Scope.PlanId);
        var on = VersionDates.Parse(OfferedOn, out var problem);
        problem ??= PlanVersion != Plan.Version && Plan.OfferedToMinisterOn != on
            ? "Intussen is het plan gewijzigd. Bekijk de gegevens en probeer het opnieuw."
            : Plan.OfferToMinister(on!.Value);
        if (problem is not null)
        {
            ModelState.AddModelError(Field, problem);
            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(Field, "Tegelijk is het plan gewijzigd. Er is niets opgeslagen; probeer het opnieuw.");
            return Page();
        }

        return Redirect(LifecycleUrls.Decisions(Scope.Slug));
    }
}
