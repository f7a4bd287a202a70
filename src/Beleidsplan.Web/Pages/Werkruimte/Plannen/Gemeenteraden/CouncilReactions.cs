using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Councils;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>
/// A council's wishes and objections or view is a reaction in the councils' round, registered on the
/// council's behalf, so the working group handles it in the register like any other and it appears in
/// the reactienota. A reaction's words never change once received (database triggers keep them):
/// when the registered text or kind of outcome changes, a new reaction is recorded and the hearing
/// points to it; the earlier one stays in the register, noted as replaced if nobody had handled it yet.
/// </summary>
public static class CouncilReactions
{
    public static async Task SyncAsync(BeleidsplanDbContext db, CouncilHearing hearing, Municipality municipality, ConsultationRound round,
        string by, string? userId, DateTimeOffset now)
    {
        var current = hearing.ReactionId is { } id ? await db.Reactions.SingleAsync(r => r.Id == id) : null;
        if (hearing.Outcome is not { } outcome || !outcome.IsReaction() || hearing.DecidedOn is not { } decided || hearing.OutcomeText is null)
        {
            if (current is not null)
            {
                Retire(current, "Vervallen: volgens de gewijzigde registratie heeft de raad geen wensen en bedenkingen.", by, now);
                hearing.ReactionId = null;
            }

            return;
        }

        var text = ReactionText(outcome, hearing.OutcomeText);
        if (current is not null && current.Text == text)
        {
            // The words are the same; what may change beside them follows the registration.
            current.ReceivedOn = decided;
            current.IsLate = round.IsLate(decided);
            current.AttachmentId = hearing.DecisionDocumentId;
            return;
        }

        var organisation = await db.Organisations.Where(o => o.PoliceUnitId == municipality.PoliceUnitId && o.MunicipalityId == municipality.Id)
            .OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync();
        var reaction = new Reaction
        {
            PlanId = hearing.PlanId,
            RoundId = round.Id,
            SubmissionKey = Guid.NewGuid(),
            UserId = userId,
            RespondentName = RespondentName(municipality),
            OrganisationName = organisation,
            Group = AudienceGroup.Other,
            Source = ReactionSource.Workspace,
            RegisteredBy = by,
            Kind = ReactionKind.Comment,
            Text = text,
            AttachmentId = hearing.DecisionDocumentId,
            SubmittedAt = now,
            ReceivedOn = decided,
            IsLate = round.IsLate(decided),
            AfterClosing = round.IsClosed, // kept all the same, as any reaction after closing
        };
        db.Reactions.Add(reaction);
        if (current is not null)
        {
            Retire(current, "Vervangen door een gewijzigde registratie van het raadsbesluit: zie de nieuwere reactie van deze gemeenteraad.", by, now);
        }

        hearing.Reaction = reaction;
    }

    public static string RespondentName(Municipality municipality) => $"Gemeenteraad {municipality.Name}";

    public static string ReactionText(CouncilOutcome outcome, string text) => $"{outcome.ToDutch()} van de gemeenteraad:\n\n{text.Trim()}";

    private static void Retire(Reaction reaction, string note, string by, DateTimeOffset now)
    {
        if (reaction.Handling is null)
        {
            reaction.Handle(HandlingStatus.Noted, note, null, null, by, now);
        }
    }
}
