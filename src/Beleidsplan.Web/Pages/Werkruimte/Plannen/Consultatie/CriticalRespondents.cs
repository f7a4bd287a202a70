using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>Someone who reacted critically in a round, as the next round invites them.</summary>
public sealed record Respondent(string Name, string? Email, AudienceGroup Group, int? OrganisationId, string? Organisation, int Reactions);

/// <summary>
/// The respondents of a round whose reactions were critical (anything but agreement: seed 004 sends
/// the 85% version to them), one per e-mail address. Someone whose reaction came without an address
/// (a letter) cannot be mailed; they are listed apart so the working group can reach them otherwise.
/// </summary>
public sealed record CriticalRespondents(List<Respondent> Invitable, List<Respondent> WithoutEmail)
{
    public static async Task<CriticalRespondents> LoadAsync(BeleidsplanDbContext db, int roundId)
    {
        var reactions = (await db.Reactions.AsNoTracking().Include(r => r.Invitee).Where(r => r.RoundId == roundId)
            .OrderBy(r => r.Id).ToListAsync()).Where(r => r.IsCritical).ToList();
        var userIds = reactions.Where(r => r.UserId is not null).Select(r => r.UserId!).Distinct().ToList();
        var userEmails = await db.Users.Where(u => userIds.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!);
        var people = reactions.Select(r => new
        {
            Reaction = r,
            Email = r.RespondentEmail ?? r.Invitee?.Email ?? (r.UserId is { } user ? userEmails.GetValueOrDefault(user) : null),
        }).ToList();

        var invitable = people.Where(p => p.Email is { Length: > 0 } email && InviteeLines.IsEmail(email.Trim()))
            .GroupBy(p => ConsultationInvitee.NormaliseEmail(p.Email!))
            .Select(g => From(g.First().Reaction, g.Key, g.Count()));
        var withoutEmail = people.Where(p => !(p.Email is { Length: > 0 } email && InviteeLines.IsEmail(email.Trim())))
            .GroupBy(p => (p.Reaction.RespondentName.Trim().ToLowerInvariant(), p.Reaction.OrganisationName?.Trim().ToLowerInvariant()))
            .Select(g => From(g.First().Reaction, null, g.Count()));
        return new CriticalRespondents(Ordered(invitable), Ordered(withoutEmail));
    }

    /// <summary>The group and organisation they reacted for, as they were invited (or registered) in the earlier round.</summary>
    private static Respondent From(Reaction reaction, string? email, int count) => new(
        reaction.RespondentName, email, reaction.Group ?? reaction.Invitee?.Group ?? AudienceGroup.Other,
        reaction.Invitee?.OrganisationId, reaction.OrganisationName ?? reaction.Invitee?.OrganisationName, count);

    private static List<Respondent> Ordered(IEnumerable<Respondent> respondents) =>
        respondents.OrderBy(r => r.Group).ThenBy(r => r.Organisation, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
}
