using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Strength.Views;

/// <summary>Formations made straight in the database (nodes in pre-order), so these tests do not depend on the import.</summary>
public static class StrengthData
{
    public const string Plan = "imv-noord-holland-2024-2027";
    public const string Unit = "Eenheid Noord-Holland";
    public const string Nhn = Unit + " > District Noord-Holland-Noord";
    public const string DenHelder = Nhn + " > Basisteam Den Helder";
    public const string Alkmaar = Nhn + " > Basisteam Alkmaar";
    public const string Drr = Unit + " > Dienst Regionale Recherche";
    public const string Droc = Unit + " > Dienst Regionaal Operationeel Centrum";

    /// <summary>A small formation in the shape of seed 002: a district with two basisteams, two services.</summary>
    public static readonly (string Path, decimal Aspirant, decimal Wijkagent, decimal Overig)[] Small =
    [
        (Unit, 0m, 0m, 1m),
        (Nhn, 0m, 0m, 1m),
        (DenHelder, 4.5m, 12m, 80.25m),
        (Alkmaar, 6m, 20m, 150.75m),
        (Drr, 0m, 0m, 40m),
        (Drr + " > Afdeling Recherche Expertise", 0m, 0m, 561.59m),
        (Droc, 0m, 0m, 120m),
    ];

    public static Task<int> PlanIdAsync(AppFactory app) => app.WithDbAsync(db => db.Plans.Where(p => p.Slug == Plan).Select(p => p.Id).SingleAsync());

    /// <summary>Stores a formation of the plan's unit at <paramref name="date"/> (replacing one there), from paths in pre-order.</summary>
    public static Task<int> FormationAsync(AppFactory app, DateOnly date, IEnumerable<(string Path, decimal Aspirant, decimal Wijkagent, decimal Overig)> rows,
        bool linkToPlan = false, params FormationFinding[] findings) => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Slug == Plan);
        var old = await db.Formations.Where(f => f.PoliceUnitId == plan.PoliceUnitId && f.ReferenceDate == date).ToListAsync();
        foreach (var formation in old)
        {
            await db.Plans.Where(p => p.StrengthFormationId == formation.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.StrengthFormationId, (int?)null));
            db.Formations.Remove(formation);
        }

        await db.SaveChangesAsync();
        var made = new Formation
        {
            PoliceUnitId = plan.PoliceUnitId,
            ReferenceDate = date,
            Title = $"formatie per {date:d-M-yyyy}",
            Source = "Testformatie",
            ImportedAt = DateTimeOffset.UtcNow,
            ImportedBy = "test@example.org",
            ImportKey = Guid.NewGuid(),
        };
        var paths = new List<string>();
        foreach (var (path, aspirant, wijkagent, overig) in rows)
        {
            var parentPath = path.Contains(" > ", StringComparison.Ordinal) ? path[..path.LastIndexOf(" > ", StringComparison.Ordinal)] : null;
            var name = parentPath is null ? path : path[(parentPath.Length + 3)..];
            made.Nodes.Add(new FormationNode
            {
                Position = paths.Count,
                ParentPosition = parentPath is null ? null : paths.IndexOf(parentPath),
                Name = name,
                Kind = parentPath is null ? NodeKind.Unit : NodeKindText.FromName(name),
                Aspirant = aspirant,
                Wijkagent = wijkagent,
                Overig = overig,
            });
            paths.Add(path);
        }

        for (var i = 0; i < findings.Length; i++)
        {
            findings[i].Position = i;
            made.Findings.Add(findings[i]);
        }

        db.Formations.Add(made);
        await db.SaveChangesAsync();
        if (linkToPlan)
        {
            plan.StrengthFormationId = made.Id;
            await db.SaveChangesAsync();
        }

        return made.Id;
    });
}
