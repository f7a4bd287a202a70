using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>One invitee of a round as the tables show them: who, for whom, invited when, and whether they reacted.</summary>
public sealed record InviteeRow(int Id, string Name, string? Organisation, AudienceGroup Group, string Email,
    DateTimeOffset? SentAt, int Reactions)
{
    public bool IsSent => SentAt is not null;

    public static async Task<List<InviteeRow>> LoadAsync(BeleidsplanDbContext db, int roundId)
    {
        var invitees = await db.ConsultationInvitees.AsNoTracking().Where(i => i.RoundId == roundId)
            .Select(i => new { i.Id, i.Name, Organisation = i.OrganisationName ?? i.Organisation!.Name, i.Group, i.Email, i.SentAt })
            .ToListAsync();
        var reactions = await db.Reactions.AsNoTracking().Where(r => r.RoundId == roundId && r.InviteeId != null)
            .GroupBy(r => r.InviteeId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count);
        return invitees
            .Select(i => new InviteeRow(i.Id, i.Name, i.Organisation, i.Group, i.Email, i.SentAt, reactions.GetValueOrDefault(i.Id)))
            .OrderBy(i => i.Group).ThenBy(i => i.Organisation, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
