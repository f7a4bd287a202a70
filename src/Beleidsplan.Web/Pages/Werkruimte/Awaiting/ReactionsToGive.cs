using Beleidsplan.Web.Data;
using Beleidsplan.Web.Pages.Werkruimte.Plannen;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Awaiting;

/// <summary>
/// Rounds of the user's units' plans to which they were invited by their account's e-mail address, that
/// are open (or past the deadline but not closed: late reactions are still taken), and in which they
/// have not reacted, neither through the personal link nor from the workspace.
/// </summary>
public sealed class ReactionsToGive(BeleidsplanDbContext db) : IAwaitingSource
{
    public async Task<IReadOnlyList<AwaitingItem>> FindAsync(AwaitingUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return [];
        }

        var email = user.Email.Trim().ToLowerInvariant();
        var units = user.UnitIds.ToList();
        var today = user.Today;
#pragma warning disable CA1862 // string.Equals with a comparison does not translate to SQL; lower() does, on both engines
        var rows = await db.ConsultationInvitees.AsNoTracking()
            .Where(i => i.Email.ToLower() == email && i.SentAt != null)
            .Where(i => i.Round!.ClosedAt == null && i.Round.OpensOn <= today && units.Contains(i.Round.Plan!.PoliceUnitId))
            .Where(i => !db.Reactions.Any(r => r.RoundId == i.RoundId && (r.InviteeId == i.Id || r.UserId == user.UserId)))
            .Select(i => new { i.RoundId, i.Round!.Title, i.Round.Deadline, PlanTitle = i.Round.Plan!.Title, i.Round.Plan.Slug })
            .Distinct().ToListAsync(cancellationToken);
#pragma warning restore CA1862
        return rows.Select(r => new AwaitingItem(r.PlanTitle, $"Reageren in de ronde '{r.Title}'", r.Deadline,
            ConsultationUrls.React(r.Slug, r.RoundId))).ToList();
    }
}
