using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Exports;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>The loading the register's pages and exports share.</summary>
public static class RegisterQueries
{
    /// <summary>The plan's versions by id, without their content.</summary>
    public static async Task<Dictionary<int, VersionRef>> VersionRefsAsync(this BeleidsplanDbContext db, int planId) =>
        await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId)
            .Select(v => new VersionRef(v.Id, v.Number, v.Label)).ToDictionaryAsync(v => v.Id);

    /// <summary>The reactienota of one round, or of every round of the plan when <paramref name="roundId"/> is null.</summary>
    public static async Task<ResponseReport> ResponseReportAsync(this BeleidsplanDbContext db, int planId, string planTitle, int? roundId = null)
    {
        var versions = await db.VersionRefsAsync(planId);
        var rounds = await db.ConsultationRounds.AsNoTracking()
            .Where(r => r.PlanId == planId && (roundId == null || r.Id == roundId))
            .OrderBy(r => r.OpensOn).ThenBy(r => r.Id).ToListAsync();
        var versionIds = rounds.Select(r => r.PlanVersionId).Distinct().ToList();
        var parts = (await db.PlanVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync())
            .ToDictionary(v => v.Id, ReactionParts.Of);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var reactions = (await db.Reactions.AsNoTracking().Include(r => r.Attachment)
            .Where(r => roundIds.Contains(r.RoundId)).OrderBy(r => r.Id).ToListAsync()).ToLookup(r => r.RoundId);
        return new ResponseReport(planTitle, [.. rounds.Select(round =>
        {
            var numbered = reactions[round.Id].Select((r, i) => new NumberedReaction(i + 1, r));
            var order = parts[round.PlanVersionId];
            return new ReportRound(round, versions[round.PlanVersionId], order, ReportRound.InReadingOrder(numbered, order));
        })], versions);
    }
}
