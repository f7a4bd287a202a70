using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Pages.Werkruimte.Plannen;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Awaiting;

/// <summary>
/// For redacteuren: per consultation round (open or closed) of their units' plans, the reactions that
/// have no handling yet. The deadline is the round's: handling starts when reactions come in.
/// </summary>
public sealed class ReactionsToHandle(BeleidsplanDbContext db) : IAwaitingSource
{
    public async Task<IReadOnlyList<AwaitingItem>> FindAsync(AwaitingUser user, CancellationToken cancellationToken)
    {
        var units = user.UnitsWhere(Role.Redacteur).ToList();
        if (units.Count == 0)
        {
            return [];
        }

        var rows = await db.ConsultationRounds.AsNoTracking()
            .Where(r => units.Contains(r.Plan!.PoliceUnitId))
            .Select(r => new
            {
                r.Id,
                r.Title,
                r.Deadline,
                PlanTitle = r.Plan!.Title,
                r.Plan.Slug,
                Unhandled = db.Reactions.Count(x => x.RoundId == r.Id && x.Handling == null),
            })
            .Where(r => r.Unhandled > 0)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AwaitingItem(r.PlanTitle,
            $"{(r.Unhandled == 1 ? "1 reactie" : $"{r.Unhandled} reacties")} afhandelen in de ronde '{r.Title}'",
            r.Deadline, ConsultationUrls.Register(r.Slug, r.Id))).ToList();
    }
}
