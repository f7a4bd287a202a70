using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Planning;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Planning;

/// <summary>The plan's milestones in date order, with today marked and each one's state in words.</summary>
[Access(Access.PlanMember)]
public class TimelineModel(BeleidsplanDbContext db, TimeProvider clock) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public DateOnly Today { get; private set; }

    public List<Milestone> Milestones { get; private set; } = [];

    /// <summary>Names of those responsible, by user id.</summary>
    public Dictionary<string, string> Names { get; private set; } = [];

    /// <summary>Where today falls: the index of the first milestone due today or later.</summary>
    public int TodayIndex => Milestones.FindIndex(m => m.DueOn >= Today) is var i and >= 0 ? i : Milestones.Count;

    public async Task OnGetAsync()
    {
        Today = Rounds.Today(clock);
        Milestones = await db.Milestones.AsNoTracking().Include(m => m.Responsibles)
            .Where(m => m.PlanId == Scope.PlanId).OrderBy(m => m.DueOn).ThenBy(m => m.Id).ToListAsync();
        var ids = Milestones.SelectMany(m => m.Responsibles).Select(r => r.UserId).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id);
    }
}
