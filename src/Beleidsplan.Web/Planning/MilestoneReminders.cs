using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Planning;
using Beleidsplan.Web.Mail;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Planning;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Planning;

/// <summary>
/// Puts a reminder in the outbox for everyone responsible for an open milestone whose reminder day has
/// come. The messages and the milestone's ReminderSentAt are saved together, guarded by the milestone's
/// version: when two app instances (or two ticks) pick the same milestone, the second save fails on the
/// version and sends nothing, so nobody gets a reminder twice.
/// </summary>
public sealed class MilestoneReminders(BeleidsplanDbContext db, AccountLinks links, ILogger<MilestoneReminders> log)
{
    /// <summary>A milestone whose reminder is due, with the version it had when it was found.</summary>
    public sealed record Due(int MilestoneId, int Version);

    /// <summary>Milestones whose reminder is due at <paramref name="now"/> (a Dutch calendar day).</summary>
    public async Task<List<Due>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(now.ToAmsterdam().DateTime);
        var open = await db.Milestones.AsNoTracking()
            .Where(m => m.CompletedOn == null && m.ReminderSentAt == null && m.ReminderDaysBefore != null)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return open.Where(m => m.NeedsReminder(today)).Select(m => new Due(m.Id, m.Version)).ToList();
    }

    /// <summary>Queues every due reminder; returns how many milestones were reminded of.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var due in await FindDueAsync(now, cancellationToken))
        {
            if (await SendAsync(due, now, cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Queues one milestone's reminders, unless it changed since <paramref name="due"/> was found
    /// (another instance reminded of it, or it was edited): then nothing is sent and false returned.
    /// </summary>
    public async Task<bool> SendAsync(Due due, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        try
        {
            var milestone = await db.Milestones.Include(m => m.Responsibles).ThenInclude(r => r.User)
                .SingleOrDefaultAsync(m => m.Id == due.MilestoneId, cancellationToken);
            if (milestone is null)
            {
                return false;
            }

            db.Entry(milestone).Property(m => m.Version).OriginalValue = due.Version;
            var plan = await db.Plans.AsNoTracking().Where(p => p.Id == milestone.PlanId)
                .Select(p => new { p.Title, p.Slug, p.PoliceUnitId }).SingleAsync(cancellationToken);
            var ids = milestone.Responsibles.Select(r => r.UserId).ToList();
            var members = await db.Memberships.Where(m => ids.Contains(m.UserId) && m.PoliceUnitId == plan.PoliceUnitId)
                .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
            var today = DateOnly.FromDateTime(now.ToAmsterdam().DateTime);
            var link = links.Absolute(PlanningUrls.Timeline(plan.Slug) + $"#mijlpaal-{milestone.Id}");
            // Only who can still open the timeline: an active member of the plan's unit with an address.
            foreach (var user in milestone.Responsibles.Select(r => r.User!)
                .Where(u => u.IsActive && members.Contains(u.Id) && !string.IsNullOrWhiteSpace(u.Email)))
            {
                db.OutboxMessages.Add(OutboxMessage.Create(user.Email!, Subject(plan.Title, milestone),
                    Body(user.DisplayName, plan.Title, milestone, today, link), now));
            }

            milestone.ReminderSentAt = now;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("Herinnering voor mijlpaal {MilestoneId} overgeslagen: de mijlpaal is intussen gewijzigd", due.MilestoneId);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear(); // a refused save leaves its messages tracked: they must not go with the next one
        }
    }

    private static string Subject(string plan, Milestone milestone) =>
        $"Herinnering: {milestone.Title} ({plan}) op {Day(milestone.DueOn)}";

    private static string Body(string name, string plan, Milestone milestone, DateOnly today, string link)
    {
        var when = milestone.DueOn < today ? $"stond gepland op {Day(milestone.DueOn)} en is nog niet afgerond"
            : milestone.DueOn == today ? "staat gepland op vandaag"
            : $"staat gepland op {Day(milestone.DueOn)}";
        return $"""
            Beste {(string.IsNullOrWhiteSpace(name) ? "collega" : name)},

            U bent verantwoordelijk voor de mijlpaal "{milestone.Title}" van {plan}. Deze mijlpaal {when}.

            Bekijk de planning: {link}

            Dit bericht is automatisch verstuurd door Beleidsplan.
            """;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", DutchTime.Culture);
}
