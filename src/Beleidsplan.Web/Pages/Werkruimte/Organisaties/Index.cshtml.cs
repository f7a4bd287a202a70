using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Organisaties;

/// <summary>The organisations of the units this beheerder manages: partners pick them when they join.</summary>
[Access(Access.UnitAdministrator)]
public class IndexModel(BeleidsplanDbContext db, UserManager<User> users) : PageModel
{
    public sealed record Row(int Id, string Name, OrganisationKind Kind, string Unit);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var units = await db.ManagedUnitIdsAsync(users.GetUserId(User)!);
        if (units.Count == 0)
        {
            return Forbid();
        }

        Rows = await db.Organisations.Where(o => units.Contains(o.PoliceUnitId))
            .Join(db.PoliceUnits, o => o.PoliceUnitId, u => u.Id, (o, u) => new { o.Id, o.Name, o.Kind, Unit = u.Name })
            .OrderBy(r => r.Unit).ThenBy(r => r.Name)
            .Select(r => new Row(r.Id, r.Name, r.Kind, r.Unit)).ToListAsync();
        return Page();
    }
}
