using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Mail;
using Beleidsplan.Web.Pages.Werkruimte.Plannen;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Reacting;

/// <summary>
/// Tells the plan's redacteuren that a reaction came in after their round was closed: the register
/// is done with by then, so without a message the reaction could go unseen. Queued in the outbox
/// with the reaction, in the same save.
/// </summary>
public sealed class AfterClosingMail(BeleidsplanDbContext db, IConfiguration configuration, TimeProvider clock, ILogger<AfterClosingMail> log)
{
    public async Task QueueAsync(ConsultationRound round, Reaction reaction, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == round.PlanId)
            .Select(p => new { p.Slug, p.Title, p.PoliceUnitId }).SingleAsync(cancellationToken);
        var redacteuren = await db.Memberships.Where(m => m.Role == Role.Redacteur && m.PoliceUnitId == plan.PoliceUnitId)
            .Join(db.Users.Where(u => u.IsActive && u.Email != null), m => m.UserId, u => u.Id, (_, u) => u.Email!)
            .Distinct().ToListAsync(cancellationToken);
        if (redacteuren.Count == 0)
        {
            log.LogWarning("Reactie na sluiting van ronde {RoundId} van plan {PlanId}: geen redacteur om te berichten; zij staat wel in het register",
                round.Id, round.PlanId);
            return;
        }

        var baseUrl = (configuration["App:BaseUrl"] ?? "https://localhost").TrimEnd('/');
        var from = reaction.OrganisationName is null ? reaction.RespondentName : $"{reaction.RespondentName} ({reaction.OrganisationName})";
        var body = $"""
            Goedendag,

            Na het sluiten van de consultatieronde '{round.Title}' van {plan.Title} is nog een reactie binnengekomen.

            Van: {from}
            Onderdeel: {reaction.PartTitle}
            Soort: {reaction.Kind.ToDutch()}

            De reactie staat in het register van de ronde, gemarkeerd als 'na sluiting':
            {baseUrl}{ConsultationUrls.Register(plan.Slug, round.Id)}

            Met vriendelijke groet,
            Beleidsplan
            """;
        var now = clock.GetUtcNow();
        foreach (var email in redacteuren)
        {
            db.OutboxMessages.Add(OutboxMessage.Create(email, $"Reactie na sluiting: {round.Title}", body, now));
        }
    }
}
