using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Mail;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// The invitation to react, with a personal link. Every send makes a new link, so a resent
/// invitation replaces the earlier one; the mails go into the outbox in the caller's save, so the
/// links and their mails are stored together or not at all.
/// </summary>
public sealed record InvitationMail(string PlanTitle, string VersionLabel, ConsultationRound Round, string? EarlierVersionLabel)
{
    public static async Task<InvitationMail> ForAsync(BeleidsplanDbContext db, ConsultationRound round)
    {
        var planTitle = await db.Plans.Where(p => p.Id == round.PlanId).Select(p => p.Title).SingleAsync();
        var label = await db.PlanVersions.Where(v => v.Id == round.PlanVersionId).Select(v => v.Label).SingleAsync();
        var earlier = round.PreviousRoundId is { } previous
            ? await db.ConsultationRounds.Where(r => r.Id == previous).Select(r => r.PlanVersion!.Label).SingleOrDefaultAsync()
            : null;
        return new InvitationMail(planTitle, label, round, earlier);
    }

    /// <summary>Gives each invitee a new personal link and queues its mail; saving is the caller's.</summary>
    public void Queue(BeleidsplanDbContext db, AccountLinks links, IEnumerable<ConsultationInvitee> invitees, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToAmsterdam().DateTime);
        foreach (var invitee in invitees)
        {
            var link = links.Absolute(ConsultationUrls.PersonalLink(invitee.IssueLink(now)));
            db.OutboxMessages.Add(OutboxMessage.Create(invitee.Email, Subject, Body(invitee.Name, link, today), now));
        }
    }

    public string Subject => EarlierVersionLabel is null
        ? $"Uitnodiging: reageer op de {VersionLabel} van {PlanTitle}"
        : $"Uitnodiging: lees de {VersionLabel} van {PlanTitle}";

    public string Body(string name, string link, DateOnly today)
    {
        var opens = Round.OpensOn > today ? $"; de ronde opent op {Rounds.Day(Round.OpensOn)}" : "";
        var earlier = EarlierVersionLabel is null ? "" : $"""

            U reageerde eerder op de {EarlierVersionLabel}. Bij de nieuwe tekst ziet u uw eerdere reacties en hoe de werkgroep die heeft afgehandeld.

            """;
        var introduction = string.IsNullOrWhiteSpace(Round.Introduction) ? "" : $"""

            {Round.Introduction.Trim()}

            """;
        return $"""
            Beste {name},

            De werkgroep van {PlanTitle} legt de {VersionLabel} aan u voor: {Round.Title}.
            {earlier}{introduction}
            U kunt reageren tot en met {Rounds.Day(Round.Deadline)}{opens}. U hebt daarvoor geen account nodig: met uw persoonlijke link leest u de tekst en geeft u uw reactie.

            {link}

            Deze link is persoonlijk. Stuur hem niet door: wie hem heeft, reageert op uw naam. Krijgt u later een nieuwe uitnodiging, dan werkt alleen de nieuwste link.
            """;
    }
}
