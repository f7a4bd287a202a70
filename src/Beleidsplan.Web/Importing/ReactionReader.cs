using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Importing;

/// <summary>Reads the reactions of one round of consultatie.yaml, each anchored to a part of the round's version.</summary>
internal sealed class ReactionReader(ConsultationContext context, ConsultationRound round, PlanVersion? version, DateOnly? closedOn, string? closedBy)
{
    private string File => context.File;

    private ImportErrors Errors => context.Errors;

    public Reaction Read(ConsultationFile.ReactionEntry entry, string field)
    {
        var invitee = FindInvitee(entry.Invitee, $"{field}.genodigde");
        var organisation = invitee is null ? context.Organisation(entry.Organisation, $"{field}.organisatie") : null;
        var received = context.RequireMoment(entry.Received, $"{field}.ontvangen");
        var reaction = new Reaction
        {
            PlanId = context.Plan.Id,
            Round = round,
            SubmissionKey = context.SubmissionKey(Errors.Require(entry.Key, $"{field}.sleutel", File)),
            Invitee = invitee,
            RespondentName = invitee?.Name ?? context.Limit(Errors.Require(entry.Name, $"{field}.naam", File), ConsultationInvitee.NameMaxLength, $"{field}.naam")!,
            RespondentEmail = invitee?.Email ?? (entry.Email is null ? null : context.RequireEmail(entry.Email, $"{field}.email")),
            OrganisationName = invitee?.OrganisationName ?? organisation?.Name,
            Group = invitee?.Group ?? (entry.Group is null ? null : Errors.Lookup(ConsultationCodes.Groups, entry.Group, $"{field}.groep", File)),
            Source = Errors.Lookup(ConsultationCodes.Sources, entry.Source, $"{field}.via", File, entry.Invitee is null ? null : ReactionSource.PersonalLink) ?? default,
            Kind = Errors.Lookup(ConsultationCodes.Kinds, entry.Kind, $"{field}.soort", File) ?? default,
            Text = Errors.Require(entry.Text, $"{field}.tekst", File),
            ReceivedOn = received?.Day ?? default,
            SubmittedAt = received?.At ?? default,
            IsLate = received is { } r && round.IsLate(r.Day),
            AfterClosing = received is { } d && closedOn is { } closed && d.Day > closed,
        };
        if (reaction.Source is ReactionSource.Letter or ReactionSource.Email)
        {
            reaction.RegisteredBy = context.Limit(Errors.Require(entry.RegisteredBy, $"{field}.geregistreerdDoor", File), 300, $"{field}.geregistreerdDoor");
        }

        if (reaction.Source == ReactionSource.PersonalLink && entry.Invitee is null)
        {
            Errors.Add(File, $"{field}.via: een reactie via een persoonlijke link hoort bij een genodigde; noem die met 'genodigde'.");
        }

        if (received is { } when && when.Day < round.OpensOn)
        {
            Errors.Add(File, $"{field}.ontvangen ({when.Day:yyyy-MM-dd}) ligt voor de opening van de ronde ({round.OpensOn:yyyy-MM-dd}).");
        }

        if (reaction.Text.Length > 0 && Reaction.ValidateText(reaction.Text) is { } textProblem)
        {
            Errors.Add(File, $"{field}.tekst: {textProblem}");
        }

        Anchor(reaction, entry, field);
        if (entry.Handling is { } handling)
        {
            Handle(reaction, handling, $"{field}.afhandeling");
        }

        return reaction;
    }

    private ConsultationInvitee? FindInvitee(string? email, string field)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var invitee = round.Invitees.FirstOrDefault(i => string.Equals(i.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
        if (invitee is null)
        {
            Errors.Add(File, $"veld '{field}': '{email}' staat niet bij de genodigden van deze ronde.");
        }

        return invitee;
    }

    private void Anchor(Reaction reaction, ConsultationFile.ReactionEntry entry, string field)
    {
        if (version is null)
        {
            return;
        }

        var content = context.Content(version);
        if (SnapshotParts.Locate(content, entry.Part ?? new PartReference(), out var problem) is not { } at)
        {
            Errors.Add(File, $"{field}.onderdeel: {problem}");
            return;
        }

        reaction.Part = SnapshotParts.Describe(content, at);
        if (string.IsNullOrWhiteSpace(entry.Passage))
        {
            return;
        }

        reaction.Passage = LooseText.Collapse(entry.Passage);
        if (reaction.Passage.Length > Reaction.PassageMaxLength || !SnapshotParts.Texts(content, at).Any(t => LooseText.Count(t, reaction.Passage) > 0))
        {
            var quote = reaction.Passage.Length > 60 ? reaction.Passage[..60] + "…" : reaction.Passage;
            Errors.Add(File, $"{field}.passage: de tekst '{quote}' staat niet in {(entry.Part ?? new PartReference())} van versie '{version.Label}'.");
        }
    }

    private void Handle(Reaction reaction, ConsultationFile.HandlingEntry entry, string field)
    {
        var status = Errors.Lookup(ConsultationCodes.Statuses, entry.Status, $"{field}.status", File);
        var on = entry.On is null ? closedOn : context.RequireDate(entry.On, $"{field}.op");
        var by = string.IsNullOrWhiteSpace(entry.By) ? closedBy : context.Limit(entry.By, 300, $"{field}.door");
        if (on is null || string.IsNullOrEmpty(by))
        {
            Errors.Add(File, $"{field}: geef 'op' en 'door', of sluit de ronde met 'gesloten: {{op, door}}'.");
        }

        PlanVersion? changedIn = null;
        ReactionPart? changedPart = null;
        if (entry.ChangedIn is { } change && context.VersionByLabel(change.Version, $"{field}.gewijzigdIn.versie") is { } later)
        {
            changedIn = later;
            if (version is not null && later.Number <= version.Number)
            {
                Errors.Add(File, $"{field}.gewijzigdIn: versie '{later.Label}' komt niet na versie '{version.Label}', waarop is gereageerd.");
            }

            var content = context.Content(later);
            var at = SnapshotParts.Locate(content, change, out var problem);
            changedPart = at is { } found ? SnapshotParts.Describe(content, found) : null;
            if (problem is not null)
            {
                Errors.Add(File, $"{field}.gewijzigdIn: {problem}");
            }
        }

        if (status is not { } handled || on is not { } day || string.IsNullOrEmpty(by))
        {
            return;
        }

        try
        {
            reaction.Handle(handled, entry.Note, changedIn?.Id, changedPart, by, ConsultationContext.Moment(day, new TimeOnly(12, 0)));
            reaction.ChangedInVersion = changedIn; // the version may not be saved yet: the navigation sets its id
            reaction.ChangedPart = changedPart;
        }
        catch (DomainException e)
        {
            Errors.Add(File, $"{field}: {e.Message}");
        }
    }
}
