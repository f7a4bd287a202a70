using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>The councils overview as a workbook: one row per municipality, for the spreadsheet the working group keeps.</summary>
[Access(Access.PlanMember)]
public class OverviewXlsxModel(BeleidsplanDbContext db, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> Header =
    [
        "CBS-code", "Gemeente", "District", "Basisteam", "Stand", "Ontwerp verstuurd op", "Commissievergadering", "Raadsvergadering",
        "Uitkomst", "Datum besluit", "Te laat", "Tekst", "Besluitdocument", "Geregistreerd door",
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = HttpContext.PlanScope();
        var table = await CouncilTable.LoadAsync(db, scope.PlanId, scope.UnitId, Rounds.Today(clock));
        var rows = table.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.CbsCode, r.Name, r.District, r.BasicTeam, r.Status.ToDutch(), r.Hearing?.DraftSentOn, r.Hearing?.CommitteeMeetingOn,
            r.Hearing?.CouncilMeetingOn, r.Hearing?.Outcome?.ToDutch(), r.Hearing?.DecidedOn, r.Status == CouncilStatus.HeardLate ? "ja" : "nee",
            r.Hearing?.OutcomeText, r.Hearing?.DecisionDocument?.Name, r.Hearing?.RegisteredBy,
        ]);
        Response.Headers.CacheControl = "private, no-store";
        var sheet = new XlsxWriter.Sheet("Gemeenteraden", Header, rows, [10, 24, 24, 20, 18, 14, 14, 14, 26, 14, 8, 60, 24, 24]);
        return File(XlsxWriter.Write(sheet, Totals(table)), XlsxWriter.ContentType, $"gemeenteraden-{scope.Slug}.xlsx");
    }

    /// <summary>The counts the working group reports, for the unit, each district and each basisteam.</summary>
    private static XlsxWriter.Sheet Totals(CouncilTable table)
    {
        static IReadOnlyList<object?> Line(string level, string? name, IEnumerable<CouncilRow> rows)
        {
            var part = new CouncilTable(null, rows.ToList());
            return [level, name, part.Rows.Count, part.Heard, part.Late, part.Pending, part.Overdue];
        }

        var lines = new List<IReadOnlyList<object?>> { Line("Eenheid", null, table.Rows) };
        lines.AddRange(table.Rows.GroupBy(r => r.District ?? "Zonder district").Select(g => Line("District", g.Key, g)));
        lines.AddRange(table.Rows.GroupBy(r => r.BasicTeam ?? "Zonder basisteam").Select(g => Line("Basisteam", g.Key, g)));
        return new XlsxWriter.Sheet("Totalen", ["Niveau", "Naam", "Gemeenten", "Gehoord", "Waarvan te laat", "Nog niet gehoord", "Termijn verstreken"],
            lines, [12, 28, 12, 10, 14, 16, 18]);
    }
}
