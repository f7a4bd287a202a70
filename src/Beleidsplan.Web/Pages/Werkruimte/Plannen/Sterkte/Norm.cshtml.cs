using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength.Publication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>The wijkagent norm (art. 38a) checked against the plan's formation, per unit, district and basisteam.</summary>
[Access(Access.PlanMember)]
public class NormModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope { get; private set; } = null!;

    public Formation? Formation { get; private set; }

    public NormCheck Norm { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Scope = HttpContext.PlanScope();
        var planId = Scope.PlanId;
        var formationId = await db.Plans.Where(p => p.Id == planId).Select(p => p.StrengthFormationId).SingleAsync();
        Formation = formationId is { } id ? await db.Formations.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == id) : null;
        Norm = await PublishedStrength.NormAsync(db, Scope.UnitId, Formation is null ? null : new FormationTree(Formation.Nodes), HttpContext.RequestAborted);
    }
}
