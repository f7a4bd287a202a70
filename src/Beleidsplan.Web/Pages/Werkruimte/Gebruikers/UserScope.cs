using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Gebruikers;

/// <summary>
/// A user as one beheerder may see and change them: loaded with all memberships (tracked, for
/// changes), and the units the beheerder manages. Null when the user has no role in those units.
/// </summary>
public sealed record UserScope(User User, string ActorId, List<int> ManagedUnitIds)
{
    public bool IsSelf => User.Id == ActorId;

    public IEnumerable<Membership> ManagedMemberships =>
        User.Memberships.Where(m => ManagedUnitIds.Contains(m.PoliceUnitId)).OrderBy(m => m.PoliceUnit!.Name).ThenBy(m => m.Role);

    public int MembershipsElsewhere => User.Memberships.Count(m => !ManagedUnitIds.Contains(m.PoliceUnitId));

    public static async Task<UserScope?> LoadAsync(BeleidsplanDbContext db, string actorId, string userId)
    {
        var units = await db.ManagedUnitIdsAsync(actorId);
        var user = await db.Users.AsSplitQuery()
            .Include(u => u.Memberships).ThenInclude(m => m.PoliceUnit)
            .Include(u => u.Memberships).ThenInclude(m => m.Municipality)
            .Include(u => u.Memberships).ThenInclude(m => m.Organisation)
            .SingleOrDefaultAsync(u => u.Id == userId);
        return user is not null && user.Memberships.Any(m => units.Contains(m.PoliceUnitId))
            ? new UserScope(user, actorId, units)
            : null;
    }
}
