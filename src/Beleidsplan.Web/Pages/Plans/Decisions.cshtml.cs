using Beleidsplan.Web.Data;
using Beleidsplan.Web.Lifecycle;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

/// <summary>The plan's history in public: every decision, from the first concept to adoption and adjustments.</summary>
public class DecisionsModel(PlanQueries queries, PdfRenderer pdf, BeleidsplanDbContext db) : PlanPageModel(queries, pdf)
{
    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public override IReadOnlyList<Crumb> Breadcrumb => WithPage(new Crumb("Besluiten", null));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        CurrentKey = "besluiten";
        Decisions = await DecisionHistory.LoadAsync(db, Plan.Id);
        return Page();
    }
}
