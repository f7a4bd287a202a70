using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// The units a beheerder manages. <see cref="Access.UnitAdministrator"/> pages check every id in a
/// request against these, so a tampered form field cannot reach into another unit.
/// </summary>
public static class ManagedUnits
{
    public static Task<List<int>> ManagedUnitIdsAsync(this BeleidsplanDbContext db, string userId) =>
        db.Memberships.Where(m => m.UserId == userId && m.Role == Role.Beheerder)
            .Select(m => m.PoliceUnitId).Distinct().ToListAsync();

    /// <summary>Active beheerders of a unit other than the given user, for the last-beheerder rule.</summary>
    public static Task<int> OtherActiveBeheerdersAsync(this BeleidsplanDbContext db, int unitId, string userId) =>
        db.Memberships.CountAsync(m => m.PoliceUnitId == unitId && m.Role == Role.Beheerder && m.UserId != userId
            && db.Users.Any(u => u.Id == m.UserId && u.IsActive));
}
