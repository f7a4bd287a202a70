using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Reacting;

/// <summary>
/// Takes in a reaction from any of its forms: checks it, stores the attachment through the upload
/// service, and stores the reaction once per form, however often the form is sent. A reaction is
/// always taken in: after the deadline it is marked late, after closing it is kept for the working group.
/// </summary>
public sealed class ReactionIntake(BeleidsplanDbContext db, UploadStore store, AfterClosingMail mail, TimeProvider clock, ILogger<ReactionIntake> log)
{
    /// <summary>Today as the respondent counts the days to a deadline: in the Netherlands.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime);

    /// <summary>The reaction a form with this key stored, if any.</summary>
    public Task<Reaction?> FindAsync(int roundId, Guid key) =>
        db.Reactions.AsNoTracking().Include(r => r.Attachment).SingleOrDefaultAsync(r => r.RoundId == roundId && r.SubmissionKey == key);

    /// <summary>
    /// The reaction this form stored, now or on an earlier send of the same form; null when the form
    /// has errors, which are then in <paramref name="state"/> at their fields.
    /// </summary>
    public async Task<Reaction?> ReceiveAsync(
        ConsultationRound round, VersionText text, ReactionInput input, Respondent respondent, ModelStateDictionary state, CancellationToken cancellationToken)
    {
        input.Normalise();
        var key = input.Key;
        if (key is { } sent && await FindAsync(round.Id, sent) is { } earlier)
        {
            if (respondent.Sent(earlier))
            {
                return earlier; // the same form again: a double click or a retry
            }

            log.LogWarning("Reactieformulier met de sleutel van een reactie van een ander ingestuurd voor ronde {RoundId}", round.Id);
            key = null;
        }

        if (key is null)
        {
            state.AddModelError("", "Het formulier is niet goed aangekomen. Controleer uw reactie en verstuur haar opnieuw.");
            input.SubmissionKey = Guid.NewGuid().ToString();
            state.Remove($"{ReactionInput.Prefix}.{nameof(ReactionInput.SubmissionKey)}"); // else the form shows the key as posted
        }

        var chosen = input.Validate(text, state);
        if (!state.IsValid || key is null || chosen is not var (part, kind))
        {
            return null;
        }

        db.ActingAs = respondent.Actor; // also for the attachment, which is saved first
        StoredFile? attachment = null;
        if (input.HasAttachment)
        {
            await using var content = input.Attachment!.OpenReadStream();
            var upload = await store.SaveAsync(content, input.Attachment.FileName, respondent.UploaderId, round.PlanId, cancellationToken);
            if (upload.Error is { } refusal)
            {
                state.AddModelError($"{ReactionInput.Prefix}.{nameof(ReactionInput.Attachment)}", refusal);
                return null;
            }

            attachment = upload.File;
        }

        var reaction = Build(round, key.Value, part, kind, input, respondent, attachment);
        db.Reactions.Add(reaction);
        if (reaction.AfterClosing && respondent.NotifiesAfterClosing)
        {
            await mail.QueueAsync(round, reaction, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return reaction;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Two sends of the same form at once: the other one stored it. This copy's file goes again.
            log.LogInformation("Reactieformulier {Key} van ronde {RoundId} tegelijk twee keer ontvangen; één keer bewaard", key, round.Id);
            db.ChangeTracker.Clear();
            if (attachment is not null)
            {
                await store.DeleteAsync(attachment, cancellationToken);
            }

            var stored = await FindAsync(round.Id, key.Value);
            return stored is not null && respondent.Sent(stored) ? stored : throw new InvalidOperationException("Reactie met dezelfde sleutel niet gevonden.", e);
        }
    }

    private Reaction Build(ConsultationRound round, Guid key, ReactionPart part, ReactionKind kind, ReactionInput input, Respondent respondent, StoredFile? attachment)
    {
        var receivedOn = respondent.ReceivedOn ?? Today;
        var afterClosing = round.ClosedAt is { } closed
            && (respondent.ReceivedOn is null || receivedOn > DateOnly.FromDateTime(closed.ToAmsterdam().DateTime));
        return new Reaction
        {
            PlanId = round.PlanId,
            RoundId = round.Id,
            SubmissionKey = key,
            InviteeId = respondent.InviteeId,
            UserId = respondent.UserId,
            RespondentName = respondent.Name,
            RespondentEmail = respondent.Email,
            OrganisationName = respondent.Organisation,
            Group = respondent.Group,
            Source = respondent.Source,
            RegisteredBy = respondent.RegisteredBy,
            Part = part,
            Kind = kind,
            Passage = input.Passage,
            Text = input.Text!,
            AttachmentId = attachment?.Id,
            Attachment = attachment,
            SubmittedAt = clock.GetUtcNow(),
            ReceivedOn = receivedOn,
            IsLate = afterClosing || round.IsLate(receivedOn),
            AfterClosing = afterClosing,
        };
    }
}
