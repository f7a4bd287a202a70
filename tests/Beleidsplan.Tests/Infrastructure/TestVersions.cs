using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>
/// The public site shows a plan's published version. Tests that edit the working copy and then read
/// the public site freeze and publish it first, as a redacteur would, and put the earlier version back.
/// </summary>
public static class TestVersions
{
    /// <summary>Freezes the working copy as a new published version; returns the number of the version it replaced.</summary>
    public static Task<int?> PublishWorkingCopyAsync(AppFactory app, string slug, string label = "Testversie") => app.WithDbAsync(async db =>
    {
        var plan = await new PlanQueries(db).LoadWorkingCopyAsync(slug) ?? throw new InvalidOperationException(slug);
        var versions = await db.PlanVersions.Where(v => v.PlanId == plan.Id).ToListAsync();
        var previous = versions.SingleOrDefault(v => v.IsPublished)?.Number;
        var version = PlanVersion.Freeze(plan, versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1, label,
            DateOnly.FromDateTime(DateTime.UtcNow), null, "Test", DateTimeOffset.UtcNow);
        db.PlanVersions.Add(version);
        await VersionPublisher.PublishAsync(db, version);
        return previous;
    });

    public static Task RepublishAsync(AppFactory app, string slug, int number) => app.WithDbAsync(async db =>
    {
        var version = await db.PlanVersions.SingleAsync(v => v.Plan!.Slug == slug && v.Number == number);
        await VersionPublisher.PublishAsync(db, version);
        return 0;
    });
}
