using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Security;

/// <summary>A formation of the plan's unit and a planned change of the plan, made when the demo has none, for the strength pages' routes.</summary>
public static class MatrixStrength
{
    /// <summary>The date of the unit's first formation (the demo's 1 October 2023 once imported); a one-node formation at that date otherwise.</summary>
    public static Task<string> EnsureFormationAsync(AppFactory app, string slug) => app.WithDbAsync(async db =>
    {
        var unit = await db.Plans.Where(p => p.Slug == slug).Select(p => p.PoliceUnitId).SingleAsync();
        var date = await db.Formations.Where(f => f.PoliceUnitId == unit).OrderBy(f => f.ReferenceDate).Select(f => (DateOnly?)f.ReferenceDate).FirstOrDefaultAsync();
        if (date is null)
        {
            date = new DateOnly(2023, 10, 1);
            db.Formations.Add(new Formation
            {
                PoliceUnitId = unit,
                ReferenceDate = date.Value,
                Source = "Matrixformatie",
                ImportedBy = "matrix",
                ImportKey = Guid.NewGuid(),
                Nodes = [new FormationNode { Position = 0, Name = "Matrixeenheid", Kind = NodeKind.Unit, Overig = 1m }],
            });
            await db.SaveChangesAsync();
        }

        return date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>The plan's first planned change; one is made when the plan has none.</summary>
    public static Task<int> EnsureChangeAsync(AppFactory app, string slug) => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        if (await db.PlannedStrengthChanges.Where(c => c.PlanId == plan).OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }

        var change = new PlannedStrengthChange { PlanId = plan, NodePath = "Matrixeenheid", Category = FteColumn.Overig, Fte = 1m, Reason = "Matrix", Decision = "Matrix" };
        db.PlannedStrengthChanges.Add(change);
        await db.SaveChangesAsync();
        return change.Id;
    });
}
