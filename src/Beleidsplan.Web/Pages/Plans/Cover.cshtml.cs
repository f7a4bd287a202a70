using System.Globalization;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

public class CoverModel(PlanQueries queries, PdfRenderer pdf) : PlanPageModel(queries, pdf)
{
    public CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        CurrentKey = "voorpagina";
        return Page();
    }
}
