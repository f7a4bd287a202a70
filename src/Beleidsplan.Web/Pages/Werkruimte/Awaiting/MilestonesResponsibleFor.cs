using Beleidsplan.Web.Data;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Planning;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Awaiting;

/// <summary>Open milestones the user is responsible for, in the plans of their units.</summary>
public sealed class MilestonesResponsibleFor(BeleidsplanDbContext db) : IAwaitingSource
{
    public async Task<IReadOnlyList<AwaitingItem>> FindAsync(AwaitingUser user, CancellationToken cancellationToken)
    {
        var units = user.UnitIds.ToList();
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => m.CompletedOn == null && m.Responsibles.Any(r => r.UserId == user.UserId))
            .Join(db.Plans.Where(p => units.Contains(p.PoliceUnitId)), m => m.PlanId, p => p.Id,
                (m, p) => new { m.Id, m.Title, m.DueOn, PlanTitle = p.Title, p.Slug })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AwaitingItem(r.PlanTitle, $"Mijlpaal: {r.Title}", r.DueOn,
            $"{PlanningUrls.Timeline(r.Slug)}#mijlpaal-{r.Id}")).ToList();
    }
}
