using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Planning;

/// <summary>Milestones, rounds and reactions made straight in the database, for the planning tests.</summary>
public static class PlanningData
{
    public const string Plan = "imv-noord-holland-2024-2027";

    public static Task<int> PlanIdAsync(AppFactory app, string slug = Plan) =>
        app.WithDbAsync(db => db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    public static Task<string> UserIdAsync(AppFactory app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static async Task<int> MilestoneAsync(AppFactory app, string title, DateOnly dueOn, DateOnly? completedOn = null,
        int? reminderDays = Milestone.DefaultReminderDays, params string[] responsibleIds)
    {
        var plan = await PlanIdAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var milestone = new Milestone { PlanId = plan, Title = title, DueOn = dueOn, CompletedOn = completedOn, ReminderDaysBefore = reminderDays };
            milestone.Responsibles.AddRange(responsibleIds.Select(id => new MilestoneResponsible { UserId = id }));
            db.Milestones.Add(milestone);
            await db.SaveChangesAsync();
            return milestone.Id;
        });
    }

    /// <summary>A round on the plan's first version, with reactions of which <paramref name="unhandled"/> have no handling.</summary>
    public static async Task<int> RoundAsync(AppFactory app, string title, DateOnly opensOn, DateOnly deadline, int unhandled, int handled = 0)
    {
        var plan = await PlanIdAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var version = await db.PlanVersions.Where(v => v.PlanId == plan).OrderBy(v => v.Number).Select(v => v.Id).FirstAsync();
            var round = new ConsultationRound { PlanId = plan, PlanVersionId = version, Title = title, OpensOn = opensOn, Deadline = deadline };
            db.ConsultationRounds.Add(round);
            await db.SaveChangesAsync();
            for (var i = 0; i < unhandled + handled; i++)
            {
                var reaction = new Reaction
                {
                    PlanId = plan,
                    RoundId = round.Id,
                    SubmissionKey = Guid.NewGuid(),
                    RespondentName = $"Respondent {i + 1}",
                    Kind = ReactionKind.Comment,
                    Text = "Een reactie.",
                    SubmittedAt = DateTimeOffset.UtcNow,
                    ReceivedOn = opensOn,
                };
                if (i >= unhandled)
                {
                    reaction.Handle(HandlingStatus.Noted, null, null, null, "Werkgroep", DateTimeOffset.UtcNow);
                }

                db.Reactions.Add(reaction);
            }

            await db.SaveChangesAsync();
            return round.Id;
        });
    }
}
