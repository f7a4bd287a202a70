using System.Globalization;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Lifecycle;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

public class CoverModel(PlanQueries queries, PdfRenderer pdf, BeleidsplanDbContext db) : PlanPageModel(queries, pdf)
{
    /// <summary>The latest adjustment during the period: the plan shows it was adjusted, and why.</summary>
    public DecisionRow? Adjustment { get; private set; }

    public CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        CurrentKey = "voorpagina";
        Adjustment = DecisionHistory.LatestAdjustment(await DecisionHistory.LoadAsync(db, Plan.Id));
        return Page();
    }
}
