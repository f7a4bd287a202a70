using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte;

/// <summary>A signed-in user's home: their roles and the plans of their units.</summary>
[Access(Access.SignedIn)]
public class WorkspaceModel(BeleidsplanDbContext db, UserManager<User> users) : PageModel
{
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
    }
}
