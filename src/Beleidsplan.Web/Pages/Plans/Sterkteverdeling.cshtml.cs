using Beleidsplan.Web.Data;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Strength.Publication;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

/// <summary>
/// The strength distribution of a published plan (Politiewet art. 39) as data: the formation it is
/// based on in tables per level, a chart per district, the planned changes and the wijkagent norm.
/// </summary>
public class SterkteverdelingModel(PlanQueries queries, PdfRenderer pdf, BeleidsplanDbContext db) : PlanPageModel(queries, pdf)
{
    public PublishedStrength Strength { get; private set; } = null!;

    public StrengthChart Chart { get; private set; } = null!;

    public override IReadOnlyList<Crumb> Breadcrumb => WithPage(new Crumb("Sterkteverdeling", null));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync() || await PublishedStrength.LoadAsync(db, Plan.Id, HttpContext.RequestAborted) is not { } strength)
        {
            return NotFound();
        }

        CurrentKey = "sterkteverdeling";
        Strength = strength;
        Chart = new StrengthChart(strength.Districts.Select(d => (d.Name, strength.Tree.TotalOf(d))));
        return Page();
    }
}
