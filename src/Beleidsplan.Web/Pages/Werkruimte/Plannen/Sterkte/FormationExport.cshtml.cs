using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Strength;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>A formation in the structured format as a workbook ("Formatie" and "Over"): importing it gives back the same formation.</summary>
[Access(Access.PlanMember)]
public class FormationXlsxModel(BeleidsplanDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string datum) =>
        await FormationExport.LoadAsync(db, HttpContext, datum) is { } formation
            ? File(FormationSheets.Xlsx(formation), XlsxWriter.ContentType, $"formatie-{FormationQueries.Iso(formation.ReferenceDate)}.xlsx")
            : NotFound();
}

/// <summary>A formation's sheet "Formatie" as CSV; the reference date is not in it (the CSV import asks for it).</summary>
[Access(Access.PlanMember)]
public class FormationCsvModel(BeleidsplanDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string datum) =>
        await FormationExport.LoadAsync(db, HttpContext, datum) is { } formation
            ? File(FormationSheets.Csv(new FormationTree(formation.Nodes)), "text/csv; charset=utf-8", $"formatie-{FormationQueries.Iso(formation.ReferenceDate)}.csv")
            : NotFound();
}

internal static class FormationExport
{
    public static async Task<Formation?> LoadAsync(BeleidsplanDbContext db, HttpContext http, string datum)
    {
        if (FormationQueries.ParseIso(datum) is not { } date)
        {
            return null;
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return await FormationQueries.LoadAsync(db, http.PlanScope().UnitId, date);
    }
}
