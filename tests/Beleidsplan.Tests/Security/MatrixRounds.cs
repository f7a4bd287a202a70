using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Security;

/// <summary>Fills {round} and {token} for the authorization matrix.</summary>
public static class MatrixRounds
{
    /// <summary>Looks like a personal or open link token but belongs to nobody: the public reaction pages answer 404.</summary>
    public const string Token = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>The id of a consultation round on version 1 of the plan, made when the plan has none.</summary>
    public static Task<int> EnsureAsync(AppFactory app, string slug) => app.WithDbAsync(async db =>
    {
        var version = await db.PlanVersions.Where(v => v.Plan!.Slug == slug && v.Number == 1).Select(v => new { v.Id, v.PlanId }).SingleAsync();
        var existing = await db.ConsultationRounds.Where(r => r.PlanVersionId == version.Id).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = new ConsultationRound
        {
            PlanId = version.PlanId,
            PlanVersionId = version.Id,
            Title = "Ronde van de autorisatietest",
            OpensOn = today.AddDays(-1),
            Deadline = today.AddDays(30),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ConsultationRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    });
}
