using System.Globalization;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Strength;

/// <summary>Reading a unit's formations: the list with unit totals, and one formation whole.</summary>
public static class FormationQueries
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A date as the addresses write it (2023-10-01).</summary>
    public static string Iso(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date as people read it: 1 oktober 2023.</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Publishing.DutchTime.Culture);

    /// <summary>The date in an address; null (a 404) for anything but yyyy-MM-dd.</summary>
    public static DateOnly? ParseIso(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>One formation of the unit with its nodes and findings; null when the unit has none at that date.</summary>
    public static Task<Formation?> LoadAsync(BeleidsplanDbContext db, int unitId, DateOnly date) =>
        db.Formations.AsNoTracking().AsSplitQuery().Include(f => f.Nodes).Include(f => f.Findings)
            .SingleOrDefaultAsync(f => f.PoliceUnitId == unitId && f.ReferenceDate == date);

    /// <summary>The formation a plan is based on, whole; null when the plan has none.</summary>
    public static async Task<Formation?> LoadOfPlanAsync(BeleidsplanDbContext db, int planId)
    {
        var id = await db.Plans.Where(p => p.Id == planId).Select(p => p.StrengthFormationId).SingleAsync();
        return id is null ? null : await db.Formations.AsNoTracking().AsSplitQuery().Include(f => f.Nodes).Include(f => f.Findings)
            .SingleOrDefaultAsync(f => f.Id == id);
    }

    /// <summary>The unit's formations, newest reference date first, each with its unit total and number of findings.</summary>
    public static async Task<List<FormationSummary>> ListAsync(BeleidsplanDbContext db, int unitId)
    {
        var formations = await db.Formations.AsNoTracking().Where(f => f.PoliceUnitId == unitId)
            .OrderByDescending(f => f.ReferenceDate)
            .Select(f => new { Formation = f, Findings = f.Findings.Count() })
            .ToListAsync();
        var ids = formations.Select(f => f.Formation.Id).ToList();
        var totals = (await db.FormationNodes.AsNoTracking().Where(n => ids.Contains(n.FormationId))
                .Select(n => new { n.FormationId, n.Aspirant, n.Wijkagent, n.Overig }).ToListAsync())
            .GroupBy(n => n.FormationId)
            .ToDictionary(g => g.Key, g => new Fte(g.Sum(n => n.Aspirant), g.Sum(n => n.Wijkagent), g.Sum(n => n.Overig)));
        return formations.Select(f => new FormationSummary(f.Formation, totals.GetValueOrDefault(f.Formation.Id, Fte.Zero), f.Findings)).ToList();
    }
}

/// <summary>A formation in a list: the unit total is the sum of every node's own FTE, the same as the root's computed total.</summary>
public sealed record FormationSummary(Formation Formation, Fte UnitTotal, int FindingCount);
