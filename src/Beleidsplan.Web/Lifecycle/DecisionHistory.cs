using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Lifecycle;

/// <summary>One decision as the history shows it, with the version it named.</summary>
public sealed record DecisionRow(int Id, DecisionKind Kind, DateOnly DecidedOn, string Body, string? Reason, PlanStatus From, PlanStatus To,
    int? VersionNumber, string? VersionLabel, int? ExtendedToYear, Guid? DocumentId, string? DocumentName, string RecordedBy)
{
    /// <summary>What happened, in a sentence for the history.</summary>
    public string What => Kind switch
    {
        DecisionKind.Extended => $"Verlengd tot en met {ExtendedToYear}",
        DecisionKind.ConceptReleased or DecisionKind.DraftPlanReleased or DecisionKind.Adopted or DecisionKind.EnteredIntoForce
            or DecisionKind.Adjusted or DecisionKind.Closed => Kind.ToDutch(),
    };

    public string DayText => DecidedOn.ToString("d MMMM yyyy", DutchTime.Culture);
}

/// <summary>A plan's decisions in the order they were taken: its history.</summary>
public static class DecisionHistory
{
    public static async Task<IReadOnlyList<DecisionRow>> LoadAsync(BeleidsplanDbContext db, int planId)
    {
        var rows = await db.PlanDecisions.AsNoTracking().Where(d => d.PlanId == planId)
            .Select(d => new DecisionRow(d.Id, d.Kind, d.DecidedOn, d.Body, d.Reason, d.FromStatus, d.ToStatus,
                d.PlanVersion == null ? null : d.PlanVersion.Number, d.PlanVersion == null ? null : d.PlanVersion.Label,
                d.ExtendedToYear, d.DocumentId, d.Document == null ? null : d.Document.Name, d.RecordedBy))
            .ToListAsync();
        return rows.OrderBy(r => r.DecidedOn).ThenBy(r => r.Id).ToList();
    }

    /// <summary>The latest adjustment, which the public site names beside the plan.</summary>
    public static DecisionRow? LatestAdjustment(IReadOnlyList<DecisionRow> rows) => rows.LastOrDefault(r => r.Kind == DecisionKind.Adjusted);
}
