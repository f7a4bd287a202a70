using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Publishing;

/// <summary>
/// Makes one version the plan's public one. The database allows one published version per plan and
/// checks it row by row, so the old one is withdrawn and saved before the new one is published, in
/// one transaction: readers see the old version or the new one, never none.
/// </summary>
public static class VersionPublisher
{
    public static async Task PublishAsync(BeleidsplanDbContext db, PlanVersion version, CancellationToken cancellationToken = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var current = await db.PlanVersions.Where(v => v.PlanId == version.PlanId && v.IsPublished && v.Id != version.Id).ToListAsync(cancellationToken);
        foreach (var other in current)
        {
            other.IsPublished = false;
        }

        await db.SaveChangesAsync(cancellationToken);
        version.IsPublished = true;
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
