using System.Security.Cryptography;
using System.Text;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// Reads gemeenteraden.yaml: the councils' round on the draft and a hearing for every municipality of
/// the unit, with the outcomes known. Wishes and objections and views become reactions in the round,
/// as the tracker makes them; the same rules as the tracker form check every outcome.
/// </summary>
public class CouncilImporter(BeleidsplanDbContext db)
{
    public const string FileName = "gemeenteraden.yaml";

    private static readonly Dictionary<string, CouncilOutcome> Outcomes =
        Enum.GetValues<CouncilOutcome>().ToDictionary(o => o.ToCode());

    /// <summary>Adds the round and hearings (unsaved); nothing when the plan has no such file.</summary>
    public async Task AddAsync(ContentFile files, string folder, Plan plan, IReadOnlyList<PlanVersion> versions, ImportErrors errors)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || files.ReadYaml<CouncilFile>(path) is not { Round: { } entry } file)
        {
            return;
        }

        var name = files.Relative(path);
        var version = versions.FirstOrDefault(v => v.Label == entry.Version);
        if (version is null)
        {
            errors.Add(name, $"ronde.versie: '{entry.Version}' is geen versie van dit plan.");
            return;
        }

        var sent = UnitImporter.ParseDate(errors.Require(entry.SentOn, "ronde.verstuurd", name), "veld 'ronde.verstuurd'", name, errors) ?? default;
        var round = new ConsultationRound
        {
            PlanId = plan.Id,
            PlanVersion = version,
            Title = errors.Require(entry.Title, "ronde.titel", name),
            Introduction = string.IsNullOrWhiteSpace(entry.Introduction) ? null : entry.Introduction.Trim(),
            OpensOn = sent,
            Deadline = UnitImporter.ParseDate(errors.Require(entry.Deadline, "ronde.termijn", name), "veld 'ronde.termijn'", name, errors) ?? default,
            CreatedAt = ConsultationContext.Moment(sent, new TimeOnly(9, 0)),
            Purpose = RoundPurpose.CouncilHearing,
        };
        db.ConsultationRounds.Add(round);
        var municipalities = await db.Municipalities.Where(m => m.PoliceUnitId == plan.PoliceUnitId).ToListAsync();
        var organisations = await db.Organisations.Where(o => o.PoliceUnitId == plan.PoliceUnitId && o.MunicipalityId != null).ToListAsync();
        foreach (var municipality in municipalities)
        {
            var hearing = new CouncilHearing { PlanId = plan.Id, MunicipalityId = municipality.Id, Round = round, DraftSentOn = sent };
            db.CouncilHearings.Add(hearing);
            var council = file.Councils.FirstOrDefault(c => c.CbsCode == municipality.CbsCode);
            if (council is not null)
            {
                Read(council, hearing, municipality, organisations, round, plan, name, errors);
            }
        }

        foreach (var unknown in file.Councils.Where(c => municipalities.All(m => m.CbsCode != c.CbsCode)))
        {
            errors.Add(name, $"gemeenteraden: '{unknown.CbsCode}' is geen gemeente van deze eenheid.");
        }
    }

    private static void Read(CouncilFile.CouncilEntry entry, CouncilHearing hearing, Municipality municipality, List<Organisation> organisations,
        ConsultationRound round, Plan plan, string file, ImportErrors errors)
    {
        var field = $"gemeenteraden[{entry.CbsCode}]";
        if (entry.Name is not null && entry.Name != municipality.Name)
        {
            errors.Add(file, $"{field}: de gemeente met deze code heet {municipality.Name}, niet {entry.Name}.");
        }

        DateOnly? Date(string? value, string part) => string.IsNullOrWhiteSpace(value) ? null : UnitImporter.ParseDate(value, $"veld '{field}.{part}'", file, errors);
        hearing.CommitteeMeetingOn = Date(entry.Committee, "commissie");
        hearing.CouncilMeetingOn = Date(entry.Council, "raad");
        hearing.DecidedOn = Date(entry.DecidedOn, "besluit");
        hearing.Outcome = entry.Outcome is null ? null : errors.Lookup(Outcomes, entry.Outcome, $"{field}.uitkomst", file);
        hearing.OutcomeText = string.IsNullOrWhiteSpace(entry.Text) ? null : entry.Text.Trim();
        foreach (var problem in CouncilTracking.Validate(hearing.DraftSentOn, hearing.CommitteeMeetingOn, hearing.CouncilMeetingOn, hearing.Outcome, hearing.DecidedOn, hearing.OutcomeText))
        {
            errors.Add(file, $"{field}: {problem.Value}");
        }

        if (hearing.Outcome is null)
        {
            return;
        }

        var decided = hearing.DecidedOn ?? default;
        hearing.RegisteredBy = "Werkgroep IMV";
        hearing.RegisteredAt = ConsultationContext.Moment(decided, new TimeOnly(17, 0));
        if (!hearing.Outcome.Value.IsReaction() || hearing.OutcomeText is null)
        {
            return;
        }

        var reaction = new Reaction
        {
            PlanId = plan.Id,
            Round = round,
            SubmissionKey = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{plan.Slug}/gemeenteraad/{municipality.CbsCode}"))[..16]),
            RespondentName = CouncilReactions.RespondentName(municipality),
            OrganisationName = organisations.FirstOrDefault(o => o.MunicipalityId == municipality.Id)?.Name,
            Group = AudienceGroup.Other,
            Source = ReactionSource.Workspace,
            RegisteredBy = hearing.RegisteredBy,
            Kind = ReactionKind.Comment,
            Text = CouncilReactions.ReactionText(hearing.Outcome.Value, hearing.OutcomeText),
            SubmittedAt = hearing.RegisteredAt.Value,
            ReceivedOn = decided,
            IsLate = round.IsLate(decided),
        };
        if (entry.Handling is not null)
        {
            var status = errors.Lookup(ConsultationCodes.Statuses, entry.Handling, $"{field}.afhandeling", file);
            if (status is { } handled && Reaction.ValidateHandling(handled, entry.HandlingNote) is { } problem)
            {
                errors.Add(file, $"{field}.toelichting: {problem}");
            }
            else if (status is { } valid)
            {
                // Handled before the RBOP adopted the plan on 9 November 2023 (the day is an assumption).
                reaction.Handle(valid, entry.HandlingNote?.Trim(), null, null, "Werkgroep IMV", ConsultationContext.Moment(new DateOnly(2023, 11, 1), new TimeOnly(12, 0)));
            }
        }

        hearing.Reaction = reaction;
    }
}
