using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>The plan's planned strength changes in their order, with the totals per decision and overall.</summary>
[Access(Access.PlanMember)]
public class ChangesModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public bool Deleted => Request.Query.ContainsKey("verwijderd");

    public List<PlannedStrengthChange> Changes { get; private set; } = [];

    /// <summary>Per decision (in the order of its first change): the sum per category.</summary>
    public List<(string Decision, Fte Sum)> PerDecision { get; private set; } = [];

    public Fte Overall { get; private set; }

    public async Task OnGetAsync()
    {
        Changes = await db.PlannedStrengthChanges.AsNoTracking().Where(c => c.PlanId == Scope.PlanId)
            .OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync();
        PerDecision = Changes.GroupBy(c => c.Decision)
            .Select(g => (g.Key, g.Aggregate(Fte.Zero, (sum, c) => sum + Fte.Of(c.Category, c.Fte)))).ToList();
        Overall = PerDecision.Aggregate(Fte.Zero, (sum, d) => sum + d.Sum);
    }
}
