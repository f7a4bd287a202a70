using Beleidsplan.Web.Data;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Strength.Publication;

/// <summary>
/// A formation is no plan content, so saving it evicts no public page by itself. Whoever replaces a
/// formation's nodes (a re-import at the same date) calls this after saving, so the public pages of
/// every plan based on it show the new figures.
/// </summary>
public static class StrengthCache
{
    public static async Task EvictFormationAsync(this PublicCache cache, BeleidsplanDbContext db, int formationId, CancellationToken cancellationToken = default)
    {
        var slugs = await db.Plans.Where(p => p.StrengthFormationId == formationId).Select(p => p.Slug).ToListAsync(cancellationToken);
        if (slugs.Count > 0)
        {
            await cache.EvictAsync(slugs, cancellationToken);
        }
    }

    /// <summary>Inhabitants are no plan content either: after an import, every plan of the unit shows a new norm.</summary>
    public static async Task EvictUnitAsync(this PublicCache cache, BeleidsplanDbContext db, int unitId, CancellationToken cancellationToken = default)
    {
        var slugs = await db.Plans.Where(p => p.PoliceUnitId == unitId).Select(p => p.Slug).ToListAsync(cancellationToken);
        await cache.EvictAsync(slugs, cancellationToken);
    }
}
