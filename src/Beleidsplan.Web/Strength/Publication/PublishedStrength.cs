using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Strength.Publication;

/// <summary>
/// What the public site, the open data and the xlsx show of a plan's strength distribution: the
/// formation the plan is based on (<see cref="Plan.StrengthFormationId"/>), its planned changes and
/// the wijkagent norm. One loader, so the three never disagree.
/// </summary>
public sealed record PublishedStrength(Formation Formation, FormationTree Tree, IReadOnlyList<PlannedStrengthChange> Changes, NormCheck Norm)
{
    /// <summary>The unit's top parts: the rows of seed 002's "Totaal" table.</summary>
    public IReadOnlyList<FormationNode> TopParts => Tree.ChildrenOf(Tree.Root).ToList();

    /// <summary>The districts' nodes (linked to a district of the unit, else named as one), for the chart.</summary>
    public IReadOnlyList<FormationNode> Districts =>
        Tree.Nodes.Where(n => n.DistrictId is not null || n.Kind == NodeKind.District).ToList();

    /// <summary>The changes' FTE per decision, in the order the decisions first appear.</summary>
    public IReadOnlyList<(string Decision, decimal Fte)> TotalsPerDecision =>
        Changes.GroupBy(c => c.Decision).Select(g => (g.Key, g.Sum(c => c.Fte))).ToList();

    /// <summary>Null when the plan is based on no formation.</summary>
    public static async Task<PublishedStrength?> LoadAsync(BeleidsplanDbContext db, int planId, CancellationToken cancellationToken = default)
    {
        var formationId = await db.Plans.Where(p => p.Id == planId).Select(p => p.StrengthFormationId).SingleOrDefaultAsync(cancellationToken);
        if (formationId is not { } id)
        {
            return null;
        }

        var formation = await db.Formations.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == id, cancellationToken);
        var tree = new FormationTree(formation.Nodes);
        var changes = await db.PlannedStrengthChanges.AsNoTracking().Where(c => c.PlanId == planId)
            .OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return new PublishedStrength(formation, tree, changes, await NormAsync(db, formation.PoliceUnitId, tree, cancellationToken));
    }

    /// <summary>The norm check of a unit against a formation (null: the plan has none).</summary>
    public static async Task<NormCheck> NormAsync(BeleidsplanDbContext db, int unitId, FormationTree? tree, CancellationToken cancellationToken = default)
    {
        var unit = await db.PoliceUnits.AsNoTracking().Include(u => u.Districts).ThenInclude(d => d.BasicTeams)
            .SingleAsync(u => u.Id == unitId, cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.PoliceUnitId == unitId).ToListAsync(cancellationToken);
        return WijkagentNorm.Check(unit, municipalities, tree);
    }
}
