using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Pages.Werkruimte.Plannen;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Awaiting;

/// <summary>
/// For gemeente users: their own council's outcome on a draft that went to the councils (a hearing
/// with a round) and has none yet, until the plan is adopted or closed. The deadline is the council round's.
/// </summary>
public sealed class CouncilOutcomesToRegister(BeleidsplanDbContext db) : IAwaitingSource
{
    public async Task<IReadOnlyList<AwaitingItem>> FindAsync(AwaitingUser user, CancellationToken cancellationToken)
    {
        var scopes = user.Memberships.Where(m => m.Role == Role.Gemeente && m.MunicipalityId != null)
            .Select(m => (Unit: m.PoliceUnitId, Municipality: m.MunicipalityId!.Value)).Distinct().ToList();
        if (scopes.Count == 0)
        {
            return [];
        }

        var municipalities = scopes.Select(s => s.Municipality).ToList();
        var rows = await db.CouncilHearings.AsNoTracking()
            .Where(h => h.RoundId != null && h.Outcome == null && municipalities.Contains(h.MunicipalityId))
            // Once the plan is adopted after the draft went out, or closed, the council's outcome no longer
            // awaits them. A plan in force may hear its councils again (an adjustment): that round awaits.
            .Where(h => !db.PlanDecisions.Any(d => d.PlanId == h.PlanId && d.Kind == DecisionKind.Adopted && d.DecidedOn >= h.Round!.OpensOn))
            .Join(db.Plans.Where(p => p.Status != PlanStatus.Closed), h => h.PlanId, p => p.Id, (h, p) => new
            {
                Unit = p.PoliceUnitId,
                PlanTitle = p.Title,
                p.Slug,
                h.MunicipalityId,
                Municipality = h.Municipality!.Name,
                h.Municipality.CbsCode,
                h.Round!.Deadline,
            })
            .ToListAsync(cancellationToken);
        return rows.Where(r => scopes.Contains((r.Unit, r.MunicipalityId)))
            .Select(r => new AwaitingItem(r.PlanTitle, $"Besluit van de gemeenteraad van {r.Municipality} registreren", r.Deadline,
                $"{WorkspaceUrls.Plan(r.Slug)}/gemeenteraden/{r.CbsCode}"))
            .ToList();
    }
}
