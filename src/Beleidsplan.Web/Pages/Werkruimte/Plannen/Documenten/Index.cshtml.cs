using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;

/// <summary>
/// The plan's generated Word documents: a council proposal per municipality (a gemeente user sees its
/// own only) and, for redacteuren and bestuurders, the regioburgemeester's letter to the councils.
/// </summary>
[Access(Access.PlanMember)]
public class IndexModel(BeleidsplanDbContext db, UserManager<Domain.Accounts.User> users) : PageModel
{
    public sealed record Row(string Name, string CbsCode, string? BasicTeam);

    public PlanScope Scope => HttpContext.PlanScope();

    public List<Row> Rows { get; private set; } = [];

    /// <summary>The day of the mayor's proposal as typed; empty for today.</summary>
    [BindProperty(SupportsGet = true, Name = "datum")]
    public string? Datum { get; set; }

    /// <summary>The valid date the download links carry, or null (today).</summary>
    public DateOnly? ProposalDay { get; private set; }

    public bool MayLetter => ProposalScope.MayLetter(Scope);

    /// <summary>The version the documents describe, or null when they describe the working copy.</summary>
    public string? Version { get; private set; }

    public async Task OnGetAsync()
    {
        ProposalDay = ProposalDate.Parse(Datum, out var problem);
        if (problem is not null)
        {
            ModelState.AddModelError("datum", problem);
        }

        var own = await ProposalScope.MunicipalitiesAsync(db, Scope, users.GetUserId(User));
        Rows = await db.Municipalities.AsNoTracking()
            .Where(m => m.PoliceUnitId == Scope.UnitId && (own == null || own.Contains(m.Id)))
            .OrderBy(m => m.Name)
            .Select(m => new Row(m.Name, m.CbsCode, m.BasicTeam == null ? null : m.BasicTeam.Name))
            .ToListAsync();
        var number = await DocumentFactsQuery.ConsultedVersionAsync(db, Scope.PlanId);
        var version = await db.PlanVersions.Where(v => v.PlanId == Scope.PlanId && v.Number == number)
            .Select(v => new { v.Label, v.Date }).FirstOrDefaultAsync();
        Version = version is null ? null : $"{version.Label} van {version.Date.ToString("d MMMM yyyy", DutchTime.Culture)}";
    }
}
