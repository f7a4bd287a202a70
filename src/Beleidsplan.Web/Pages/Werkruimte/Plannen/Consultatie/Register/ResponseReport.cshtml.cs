using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// The reactienota of a round as a printable page: every reaction integrally with its handling,
/// grouped by the part it is about in reading order, after the counts and the closing note.
/// </summary>
[Access(Access.PlanEditor)]
public class ResponseReportModel(BeleidsplanDbContext db) : ReportPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(int round) => await LoadReportAsync(round) ? Page() : NotFound();
}

/// <summary>A page that shows the reactienota of the round in its address.</summary>
public abstract class ReportPageModel(BeleidsplanDbContext db) : RoundPageModel(db)
{
    public ResponseReport Report { get; private set; } = null!;

    protected async Task<bool> LoadReportAsync(int round)
    {
        if (!await LoadRoundAsync(round))
        {
            return false;
        }

        Report = await Db.ResponseReportAsync(Scope.PlanId, Scope.Title, round);
        return true;
    }
}
