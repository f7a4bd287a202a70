using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Gebruikers;

/// <summary>
/// The users with a role in the units this beheerder manages, and the open invitations there. Roles in
/// other units are counted, not shown: they are another beheerder's business.
/// </summary>
[Access(Access.UnitAdministrator)]
public class IndexModel(BeleidsplanDbContext db, UserManager<User> users, TimeProvider clock) : PageModel
{
    public sealed record Row(User User, List<Membership> Roles, int RolesElsewhere, DateTimeOffset? LastSignIn);

    public List<Row> Rows { get; private set; } = [];

    public List<Invitation> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var units = await db.ManagedUnitIdsAsync(users.GetUserId(User)!);
        if (units.Count == 0)
        {
            return Forbid();
        }

        var found = await db.Users.AsNoTracking().AsSplitQuery()
            .Where(u => u.Memberships.Any(m => units.Contains(m.PoliceUnitId)))
            .Include(u => u.Memberships).ThenInclude(m => m.PoliceUnit)
            .Include(u => u.Memberships).ThenInclude(m => m.Municipality)
            .Include(u => u.Memberships).ThenInclude(m => m.Organisation)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync();
        var lastSignIns = await LastSignInsAsync(found.Select(u => u.Id).ToList());
        Rows = found.Select(u => new Row(
            u,
            u.Memberships.Where(m => units.Contains(m.PoliceUnitId)).OrderBy(m => m.PoliceUnit!.Name).ThenBy(m => m.Role).ToList(),
            u.Memberships.Count(m => !units.Contains(m.PoliceUnitId)),
            lastSignIns.GetValueOrDefault(u.Id))).ToList();

        // Expiry is compared in memory: SQLite cannot compare DateTimeOffset values in a query.
        var now = clock.GetUtcNow();
        Invitations = (await db.Invitations.AsNoTracking().Include(i => i.PoliceUnit).Include(i => i.Municipality).Include(i => i.Organisation)
                .Where(i => units.Contains(i.PoliceUnitId) && i.AcceptedAt == null).ToListAsync())
            .Where(i => i.StateAt(now) == InvitationState.Open).OrderBy(i => i.ExpiresAt).ToList();
        return Page();
    }

    /// <summary>The last recorded sign-in per user; the highest id is the latest, and ids sort on both engines.</summary>
    private async Task<Dictionary<string, DateTimeOffset?>> LastSignInsAsync(List<string> userIds)
    {
        var lastIds = await db.AuditEntries.Where(a => a.Action == AuditAction.SignedIn && a.UserId != null && userIds.Contains(a.UserId))
            .GroupBy(a => a.UserId).Select(g => g.Max(a => a.Id)).ToListAsync();
        return await db.AuditEntries.Where(a => lastIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.UserId!, a => (DateTimeOffset?)a.At);
    }
}
