using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Register;

/// <summary>A round with reactions, put straight into the database as the rounds and reacting pages would.</summary>
public sealed class RegisterSeed(AppFactory app, int planId, int roundId, int versionNumber, ReactionParts parts)
{
    public const string Plan = "imv-noord-holland-2024-2027";

    public int PlanId => planId;

    public int RoundId => roundId;

    public int VersionNumber => versionNumber;

    /// <summary>The parts of the round's version in reading order.</summary>
    public ReactionParts Parts => parts;

    public ReactionPart Priority => parts.All.First(p => p.Kind == PartKind.Priority);

    public ReactionPart SubTheme => parts.All.First(p => p.Kind == PartKind.SubTheme);

    public ReactionPart Chapter => parts.All.First(p => p.Kind == PartKind.Chapter);

    public string Register => $"/werkruimte/plannen/{Plan}/consultatie/{roundId}/reacties";

    public string Round => $"/werkruimte/plannen/{Plan}/consultatie/{roundId}";

    /// <summary>A new round on version 1 of the demo plan (the adopted version every demo plan has).</summary>
    public static async Task<RegisterSeed> RoundAsync(AppFactory app, string title = "70%-versie ter consultatie", int versionNumber = 1) =>
        await app.WithDbAsync(async db =>
        {
            var version = await db.PlanVersions.SingleAsync(v => v.Plan!.Slug == Plan && v.Number == versionNumber);
            var round = new ConsultationRound
            {
                PlanId = version.PlanId,
                PlanVersionId = version.Id,
                Title = title,
                OpensOn = new DateOnly(2018, 6, 18),
                Deadline = new DateOnly(2018, 7, 13),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.ConsultationRounds.Add(round);
            await db.SaveChangesAsync();
            return new RegisterSeed(app, version.PlanId, round.Id, versionNumber, ReactionParts.Of(version));
        });

    /// <summary>Freezes the working copy as the plan's next version (unpublished); returns its number.</summary>
    public static Task<int> NewVersionAsync(AppFactory app, string label) => app.WithDbAsync(async db =>
    {
        var plan = await new PlanQueries(db).LoadWorkingCopyAsync(Plan) ?? throw new InvalidOperationException(Plan);
        var number = await db.PlanVersions.Where(v => v.PlanId == plan.Id).MaxAsync(v => v.Number) + 1;
        db.PlanVersions.Add(PlanVersion.Freeze(plan, number, label, new DateOnly(2018, 8, 1), null, "Test", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return number;
    });

    public Task<int> ReactionAsync(string respondent, ReactionKind kind, ReactionPart? part = null, string? organisation = null,
        string? email = null, string text = "Graag meer aandacht voor de aanpak in de wijken.", Action<Reaction>? more = null) =>
        app.WithDbAsync(async db =>
        {
            var reaction = new Reaction
            {
                PlanId = planId,
                RoundId = roundId,
                SubmissionKey = Guid.NewGuid(),
                RespondentName = respondent,
                RespondentEmail = email,
                OrganisationName = organisation,
                Group = AudienceGroup.PublicOrderOfficials,
                Source = ReactionSource.Email,
                Part = part ?? ReactionPart.WholePlan,
                Kind = kind,
                Text = text,
                SubmittedAt = DateTimeOffset.UtcNow,
                ReceivedOn = new DateOnly(2018, 7, 2),
            };
            more?.Invoke(reaction);
            db.Reactions.Add(reaction);
            await db.SaveChangesAsync();
            return reaction.Id;
        });

    public Task HandleAsync(int reaction, HandlingStatus status, string? note = null) => app.WithDbAsync(async db =>
    {
        var found = await db.Reactions.SingleAsync(r => r.Id == reaction);
        found.Handle(status, note, null, null, "Werkgroep", DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    });

    public Task<Reaction> LoadAsync(int reaction) => app.WithDbAsync(db => db.Reactions.AsNoTracking().SingleAsync(r => r.Id == reaction));
}
