using Beleidsplan.Web.Lifecycle;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

/// <summary>The legal checklist in public, computed on the published version.</summary>
public class LegalCheckModel(PlanQueries queries, PdfRenderer pdf, ChecklistLoader checklist) : PlanPageModel(queries, pdf)
{
    public IReadOnlyList<ChecklistItem> Items { get; private set; } = [];

    public override IReadOnlyList<Crumb> Breadcrumb => WithPage(new Crumb("Wettelijke toets", null));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        CurrentKey = "wettelijke-toets";
        Items = await checklist.ForAsync(Plan, published: true);
        return Page();
    }
}
