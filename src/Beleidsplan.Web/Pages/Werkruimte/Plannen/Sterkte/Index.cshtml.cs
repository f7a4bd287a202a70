using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Strength;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>
/// The unit's formations with their unit totals, which one the plan's strength distribution is based
/// on, and (for a redacteur) the choice of that formation.
/// </summary>
[Access(Access.PlanMember)]
public class IndexModel(BeleidsplanDbContext db, ILogger<IndexModel> log) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public List<FormationSummary> Formations { get; private set; } = [];

    public int? PlanFormationId { get; private set; }

    public int PlanPeriodEndYear { get; private set; }

    [BindProperty]
    public int? ChosenFormationId { get; set; }

    public bool Chosen => Request.Query.ContainsKey("gekozen");

    public async Task OnGetAsync() => await LoadAsync();

    [Access(Access.PlanEditor)]
    public async Task<IActionResult> OnPostAsync()
    {
        var plan = await db.Plans.SingleAsync(p => p.Id == Scope.PlanId);
        if (ChosenFormationId is { } id && !await db.Formations.AnyAsync(f => f.Id == id && f.PoliceUnitId == Scope.UnitId))
        {
            log.LogWarning("Geweigerd: gebruiker {User} koos voor plan {Plan} formatie {Formation} van een andere eenheid", User.Identity?.Name, Scope.Slug, id);
            return Forbid();
        }

        if (ChosenFormationId is null)
        {
            await LoadAsync();
            ModelState.AddModelError(nameof(ChosenFormationId), "Kies een formatie.");
            return Page();
        }

        plan.StrengthFormationId = ChosenFormationId;
        await db.SaveChangesAsync(); // the plan is audited: the trail names the change
        return Redirect(StrengthUrls.Overview(Scope.Slug) + "?gekozen=1");
    }

    private async Task LoadAsync()
    {
        Formations = await FormationQueries.ListAsync(db, Scope.UnitId);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == Scope.PlanId)
            .Select(p => new { p.StrengthFormationId, p.LastYear, p.ExtendedToYear }).SingleAsync();
        PlanFormationId = plan.StrengthFormationId;
        PlanPeriodEndYear = plan.ExtendedToYear ?? plan.LastYear;
        ChosenFormationId ??= PlanFormationId;
    }
}
