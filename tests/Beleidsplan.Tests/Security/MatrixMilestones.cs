using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Security;

/// <summary>A milestone of the plan, so the matrix can fill planning/{id} (and try another unit's).</summary>
public static class MatrixMilestones
{
    /// <summary>The plan's first milestone; a completed one without reminder is made when the plan has none.</summary>
    public static Task<int> EnsureAsync(AppFactory app, string slug) => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        var existing = await db.Milestones.Where(m => m.PlanId == plan).OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var milestone = new Milestone
        {
            PlanId = plan,
            Title = "Matrixmijlpaal",
            DueOn = new DateOnly(2023, 1, 1),
            CompletedOn = new DateOnly(2023, 1, 1),
            ReminderDaysBefore = null,
        };
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync();
        return milestone.Id;
    });
}
