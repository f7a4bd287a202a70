using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>
/// Who registers a council's outcome: a redacteur for any municipality of the unit, a gemeente user
/// for their own municipality only (PRODUCT.md: a gemeente user acts for its own municipality).
/// </summary>
public static class CouncilAccess
{
    public static async Task<bool> MayRegisterAsync(BeleidsplanDbContext db, PlanScope scope, string? userId, int municipalityId) =>
        scope.Has(Role.Redacteur)
        || userId is not null && await db.Memberships.AnyAsync(m => m.UserId == userId && m.PoliceUnitId == scope.UnitId
            && m.Role == Role.Gemeente && m.MunicipalityId == municipalityId);
}
