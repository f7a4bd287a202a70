using Beleidsplan.Web.Data;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Strength.Publication;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

/// <summary>The public strength distribution as a workbook: the same figures as the page, as numbers.</summary>
public class SterkteverdelingXlsxModel(PlanQueries queries, PdfRenderer pdf, BeleidsplanDbContext db) : PlanPageModel(queries, pdf)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync() || await PublishedStrength.LoadAsync(db, Plan.Id, HttpContext.RequestAborted) is not { } strength)
        {
            return NotFound();
        }

        return File(XlsxWriter.Write([.. StrengthSheets.All(strength)]), XlsxWriter.ContentType,
            $"sterkteverdeling-{Plan.Slug}-{strength.Formation.ReferenceDate:yyyy-MM-dd}.xlsx");
    }
}
