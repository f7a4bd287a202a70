using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Pages.Werkruimte.Awaiting;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte;

/// <summary>A signed-in user's home: what awaits them, their roles and the plans of their units.</summary>
[Access(Access.SignedIn)]
public class WorkspaceModel(BeleidsplanDbContext db, UserManager<User> users, AwaitingList awaiting, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    /// <summary>What this user has to do in their scope, nearest deadline first.</summary>
    public List<AwaitingItem> Awaiting { get; private set; } = [];

    public string DisplayName { get; private set; } = "";

    public List<Membership> Memberships { get; private set; } = [];

    public List<Plan> Plans { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = users.GetUserId(User)!;
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
        DisplayName = user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? "";
        Memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Include(m => m.PoliceUnit).Include(m => m.Municipality).Include(m => m.Organisation)
            .OrderBy(m => m.PoliceUnit!.Name).ThenBy(m => m.Role).ToListAsync();
        var unitIds = Memberships.Select(m => m.PoliceUnitId).Distinct().ToList();
        Plans = await db.Plans.AsNoTracking().Where(p => unitIds.Contains(p.PoliceUnitId))
            .OrderByDescending(p => p.FirstYear).ToListAsync();
        Today = Rounds.Today(clock);
        Awaiting = await awaiting.ForAsync(new AwaitingUser(userId, user.Email, Memberships, Today), HttpContext.RequestAborted);
    }
}
