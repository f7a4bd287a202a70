using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Publishing;

/// <summary>A plan as a version shows it: the content frozen in the version, the live plan's identity and status.</summary>
public sealed record VersionedPlan(Plan Plan, PlanVersion Version);

/// <summary>
/// Loads plans for reading. The public site reads the published version, never the working copy, so
/// a redacteur's unfinished edit is not public before it is frozen and published.
/// </summary>
public class PlanQueries(BeleidsplanDbContext db)
{
    public async Task<Plan?> LoadAsync(string slug) => (await LoadPublishedAsync(slug))?.Plan;

    public Task<VersionedPlan?> LoadPublishedAsync(string slug) =>
        LoadVersionAsync(slug, db.PlanVersions.Where(v => v.IsPublished));

    public Task<VersionedPlan?> LoadVersionAsync(string slug, int number) =>
        LoadVersionAsync(slug, db.PlanVersions.Where(v => v.Number == number));

    /// <summary>The working copy, whole: what a new version freezes.</summary>
    public Task<Plan?> LoadWorkingCopyAsync(string slug) =>
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

    /// <summary>Units with the plans that have a published version; a plan in preparation is not public yet.</summary>
    public async Task<List<PoliceUnit>> UnitsWithPlansAsync()
    {
        var units = await db.PoliceUnits.AsNoTracking()
            .Include(u => u.Plans.Where(p => db.PlanVersions.Any(v => v.PlanId == p.Id && v.IsPublished)).OrderByDescending(p => p.FirstYear))
            .OrderBy(u => u.Name)
            .ToListAsync();
        return units;
    }

    private async Task<VersionedPlan?> LoadVersionAsync(string slug, IQueryable<PlanVersion> versions)
    {
        var live = await db.Plans.AsNoTracking()
            .Include(p => p.PoliceUnit)
            .Include(p => p.PreviousPlan)
            .SingleOrDefaultAsync(p => p.Slug == slug);
        if (live is null)
        {
            return null;
        }

        var version = await versions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == live.Id);
        return version is null ? null : new VersionedPlan(version.Content().Restore(live), version);
    }
}
