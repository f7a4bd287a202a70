using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;

/// <summary>
/// Whose council proposals a user may download: a gemeente user acts for its own municipality only
/// (PRODUCT.md, rights are scoped); any other role in the unit may download every municipality's.
/// </summary>
public static class ProposalScope
{
    /// <summary>The municipalities the user may download for; null for all of the unit's.</summary>
    public static async Task<List<int>?> MunicipalitiesAsync(BeleidsplanDbContext db, PlanScope scope, string? userId)
    {
        if (scope.Roles.Any(r => r != Role.Gemeente))
        {
            return null;
        }

        return await db.Memberships
            .Where(m => m.UserId == userId && m.PoliceUnitId == scope.UnitId && m.Role == Role.Gemeente && m.MunicipalityId != null)
            .Select(m => m.MunicipalityId!.Value).ToListAsync();
    }

    public static bool MayLetter(PlanScope scope) => AccessRules.RolesFor(Access.PlanGovernance).Any(scope.Has);
}
