using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>A plan in the workspace: its details and its parts; redacteuren get the editing controls.</summary>
[Access(Access.PlanMember)]
public class DashboardModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public Plan Plan { get; private set; } = null!;

    public bool CanEdit => Scope.Has(Role.Redacteur);

    /// <summary>What the delete page just removed, to confirm it here; carried in TempData, so no link can put words here.</summary>
    [TempData]
    public string? Deleted { get; set; }

    public bool CanSeeHistory => Scope.Has(Role.Redacteur) || Scope.Has(Role.Beheerder);

    public List<Goal> Goals { get; private set; } = [];

    public List<Activity> Activities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Chapters.OrderBy(c => c.Position))
            .Include(p => p.Priorities.OrderBy(x => x.Position)).ThenInclude(x => x.SubThemes.OrderBy(s => s.Position))
            .SingleAsync(p => p.Id == Scope.PlanId);
        Goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == Scope.PlanId).OrderBy(g => g.Position).ToListAsync();
        Activities = await db.Activities.AsNoTracking().Where(a => a.PlanId == Scope.PlanId).OrderBy(a => a.Position).ToListAsync();
    }
}
