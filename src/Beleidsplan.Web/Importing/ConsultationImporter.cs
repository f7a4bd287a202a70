using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// Reads consultatie.yaml: consultation rounds on the plan's versions, with invitees, reactions and
/// their handling. Invitees get a fresh random link token of which only the hash is kept; the links
/// of imported invitees are not sent to anyone.
/// </summary>
public class ConsultationImporter(BeleidsplanDbContext db)
{
    public const string FileName = "consultatie.yaml";

    /// <summary>The rounds, unsaved; call with the plan's versions as <see cref="VersionImporter"/> read them.</summary>
    public async Task<IReadOnlyList<ConsultationRound>> ReadAsync(
        ContentFile files, string folder, Plan plan, IReadOnlyList<PlanVersion> versions, ImportErrors errors)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || files.ReadYaml<ConsultationFile>(path) is not { } file)
        {
            return [];
        }

        var organisations = await db.Organisations.Where(o => o.PoliceUnitId == plan.PoliceUnitId).ToListAsync();
        var context = new ConsultationContext(files.Relative(path), plan, versions, organisations, errors);
        var rounds = file.Rounds.Select((entry, i) => ReadRound(context, entry, $"rondes[{i + 1}]")).ToList();
        foreach (var key in file.Rounds.SelectMany(r => r.Reactions).Select(r => r.Key).OfType<string>().GroupBy(k => k).Where(g => g.Count() > 1))
        {
            errors.Add(context.File, $"de sleutel '{key.Key}' komt bij meer dan één reactie voor.");
        }

        return rounds;
    }

    private static ConsultationRound ReadRound(ConsultationContext context, ConsultationFile.RoundEntry entry, string field)
    {
        var (file, errors) = (context.File, context.Errors);
        var version = context.VersionByLabel(entry.Version, $"{field}.versie");
        var round = new ConsultationRound
        {
            Plan = context.Plan,
            PlanId = context.Plan.Id,
            PlanVersion = version,
            PlanVersionId = version?.Id ?? 0,
            Title = errors.Require(entry.Title, $"{field}.titel", file),
            Introduction = string.IsNullOrWhiteSpace(entry.Introduction) ? null : entry.Introduction.Trim(),
            OpensOn = context.RequireDate(entry.OpensOn, $"{field}.opent") ?? default,
            Deadline = context.RequireDate(entry.Deadline, $"{field}.sluit") ?? default,
        };
        round.CreatedAt = ConsultationContext.Moment(round.OpensOn, new TimeOnly(9, 0));
        if (round.Title.Length > ConsultationRound.TitleMaxLength || round.Introduction?.Length > ConsultationRound.IntroductionMaxLength)
        {
            errors.Add(file, $"{field}: de titel is ten hoogste {ConsultationRound.TitleMaxLength} en de inleiding ten hoogste {ConsultationRound.IntroductionMaxLength} tekens.");
        }

        if (ConsultationRound.ValidateDates(round.OpensOn, round.Deadline) is { } dateProblem)
        {
            errors.Add(file, $"{field}: {dateProblem}");
        }

        var closedOn = entry.Closed is null ? null : context.RequireDate(entry.Closed.On, $"{field}.gesloten.op");
        var closedBy = entry.Closed is null ? null : context.Limit(errors.Require(entry.Closed.By, $"{field}.gesloten.door", file), 300, $"{field}.gesloten.door");
        context.Limit(entry.Closed?.Reason, 4000, $"{field}.gesloten.reden");
        round.Invitees = [.. entry.Invitees.Select((e, i) => ReadInvitee(context, round, e, $"{field}.genodigden[{i + 1}]"))];
        foreach (var email in round.Invitees.Where(i => i.Email.Length > 0).GroupBy(i => i.Email, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(file, $"{field}.genodigden: het adres '{email.Key}' staat er meer dan eens in.");
        }

        var reactions = new ReactionReader(context, round, version, closedOn, closedBy);
        round.Reactions = [.. entry.Reactions.Select((e, i) => reactions.Read(e, $"{field}.reacties[{i + 1}]"))];
        if (closedOn is { } on && !string.IsNullOrEmpty(closedBy))
        {
            try
            {
                round.Close(round.Reactions, entry.Closed!.Reason, closedBy, ConsultationContext.Moment(on, new TimeOnly(17, 0)));
            }
            catch (DomainException e)
            {
                errors.Add(file, $"{field}.gesloten: {e.Message}");
            }
        }

        return round;
    }

    private static ConsultationInvitee ReadInvitee(ConsultationContext context, ConsultationRound round, ConsultationFile.InviteeEntry entry, string field)
    {
        var (file, errors) = (context.File, context.Errors);
        var organisation = context.Organisation(entry.Organisation, $"{field}.organisatie");
        var invitee = new ConsultationInvitee
        {
            PlanId = context.Plan.Id,
            Round = round,
            Group = errors.Lookup(ConsultationCodes.Groups, entry.Group, $"{field}.groep", file) ?? default,
            Name = context.Limit(errors.Require(entry.Name, $"{field}.naam", file), ConsultationInvitee.NameMaxLength, $"{field}.naam")!,
            Email = context.RequireEmail(entry.Email, $"{field}.email"),
            Organisation = organisation,
            OrganisationName = organisation?.Name,
            TokenHash = LinkToken.Hash(LinkToken.New()),
            InvitedAt = round.CreatedAt,
        };
        return invitee;
    }
}
