using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Plans;

/// <summary>
/// Which councils have been heard on the draft, when and what they decided (Politiewet art. 38b), for
/// a plan from its draft on. Cached like every public page; saving a hearing evicts the plan's pages.
/// </summary>
public class CouncilsModel(PlanQueries queries, PdfRenderer pdf, BeleidsplanDbContext db, TimeProvider clock) : PlanPageModel(queries, pdf)
{
    public CouncilTable Table { get; private set; } = null!;

    public override IReadOnlyList<Crumb> Breadcrumb => WithPage(new Crumb("Gemeenteraden", null));

    /// <summary>Councils are heard on the draft plan: before it there is nothing to show.</summary>
    public static bool Shows(PlanStatus status) => status switch
    {
        PlanStatus.Preparation or PlanStatus.Consultation => false,
        PlanStatus.Draft or PlanStatus.Adopted or PlanStatus.InForce or PlanStatus.Extended or PlanStatus.Closed => true,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync() || !Shows(Plan.Status))
        {
            return NotFound();
        }

        var live = await db.Plans.AsNoTracking().Where(p => p.Slug == Slug).Select(p => new { p.Id, p.PoliceUnitId }).SingleAsync();
        Table = await CouncilTable.LoadAsync(db, live.Id, live.PoliceUnitId, Rounds.Today(clock));
        return Page();
    }
}
