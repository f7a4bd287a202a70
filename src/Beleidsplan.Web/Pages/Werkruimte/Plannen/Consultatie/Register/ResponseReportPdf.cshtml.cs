using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>The reactienota as a PDF: this page's HTML, printed by Chromium (see <see cref="PrintToPdfAttribute"/>).</summary>
[Access(Access.PlanEditor)]
[PrintToPdf]
public class ResponseReportPdfModel(BeleidsplanDbContext db, PdfRenderer renderer) : ReportPageModel(db), IPrintedToPdf
{
    public string PdfTitle => $"Reactienota {Round.Title}";

    public string PdfFileName => $"reactienota-ronde-{Round.Id}.pdf";

    public async Task<IActionResult> OnGetAsync(int round)
    {
        if (!await LoadReportAsync(round))
        {
            return NotFound();
        }

        return renderer.IsAvailable ? Page() : new ContentResult
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentType = "text/plain; charset=utf-8",
            Content = "De PDF kan niet worden gemaakt: op deze server is Chromium niet geïnstalleerd. "
                + $"Gebruik de afdrukversie ({ConsultationUrls.ResponseReport(Scope.Slug, round)}) en kies 'Opslaan als PDF'.",
        };
    }
}
