using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>The reactienota of one round as a workbook: the round's sheet and a summary sheet.</summary>
[Access(Access.PlanEditor)]
public class ResponseReportXlsxModel(BeleidsplanDbContext db) : ReportPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(int round) =>
        await LoadReportAsync(round)
            ? ReportFile.Xlsx(this, Report, $"reactienota-{Scope.Slug}-ronde-{round}.xlsx")
            : NotFound();
}

/// <summary>The reactienota of every round of the plan: a sheet per round and a summary sheet.</summary>
[Access(Access.PlanEditor)]
public class PlanResponseReportXlsxModel(BeleidsplanDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var scope = HttpContext.PlanScope();
        return ReportFile.Xlsx(this, await db.ResponseReportAsync(scope.PlanId, scope.Title), $"reactienota-{scope.Slug}.xlsx");
    }
}

internal static class ReportFile
{
    public static FileContentResult Xlsx(PageModel page, ResponseReport report, string name)
    {
        page.Response.Headers.CacheControl = "private, no-store"; // personal data stays out of shared caches
        return page.File(ResponseReportWorkbook.Build(report), XlsxWriter.ContentType, name);
    }
}
