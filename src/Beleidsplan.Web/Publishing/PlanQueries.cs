using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Publishing;

/// <summary>Loads a whole plan for reading; plans are small, so one page reads one plan graph.</summary>
public class PlanQueries(BeleidsplanDbContext db)
{
    public Task<Plan?> LoadAsync(string slug) =>
        db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.PoliceUnit)
            .Include(p => p.PreviousPlan)
            .Include(p => p.Chapters.OrderBy(c => c.Position))
            .Include(p => p.Priorities.OrderBy(r => r.Position)).ThenInclude(r => r.SubThemes.OrderBy(s => s.Position))
            .Include(p => p.Priorities).ThenInclude(r => r.Goals.OrderBy(g => g.Position))
            .Include(p => p.Priorities).ThenInclude(r => r.Activities.OrderBy(a => a.Position))
            .Include(p => p.Priorities).ThenInclude(r => r.LvaLinks).ThenInclude(l => l.LvaTheme)
            .Include(p => p.PriorityRelations)
            .SingleOrDefaultAsync(p => p.Slug == slug);

    public Task<List<GoverningBody>> GoverningBodiesAsync(int unitId) =>
        db.GoverningBodies.AsNoTracking()
            .Where(b => b.PoliceUnitId == unitId)
            .Include(b => b.Members.OrderBy(m => m.Position))
            .OrderBy(b => b.Position)
            .ToListAsync();

    public Task<List<PoliceUnit>> UnitsWithPlansAsync() =>
        db.PoliceUnits.AsNoTracking()
            .Include(u => u.Plans.OrderByDescending(p => p.FirstYear))
            .OrderBy(u => u.Name)
            .ToListAsync();
}
