using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Mail;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>
/// Tells the gemeente users of each municipality the draft was sent to that it is there and where to
/// register their council's outcome. Queued in the same save as the hearings, so both or neither.
/// </summary>
public static class CouncilNotice
{
    public static async Task QueueAsync(BeleidsplanDbContext db, AccountLinks links, PlanScope scope, IReadOnlyCollection<int> municipalityIds,
        ConsultationRound round, DateTimeOffset now)
    {
        var recipients = await db.Memberships.AsNoTracking()
            .Where(m => m.PoliceUnitId == scope.UnitId && m.Role == Role.Gemeente && m.MunicipalityId != null && municipalityIds.Contains(m.MunicipalityId.Value))
            .Join(db.Users.Where(u => u.IsActive && u.Email != null), m => m.UserId, u => u.Id,
                (m, u) => new { u.Email, m.Municipality!.Name, m.Municipality.CbsCode })
            .ToListAsync();
        foreach (var to in recipients.DistinctBy(r => (r.Email, r.CbsCode)))
        {
            var body = $"""
                Het ontwerp van {scope.Title} is op {Rounds.Day(round.OpensOn)} naar de gemeenteraden verstuurd.
                De gemeenteraad van {to.Name} kan tot en met {Rounds.Day(round.Deadline)} wensen en bedenkingen of een zienswijze geven.

                Registreer het besluit van de raad hier:
                {links.Absolute(CouncilUrls.Hearing(scope.Slug, to.CbsCode))}
                """;
            db.OutboxMessages.Add(OutboxMessage.Create(to.Email!, $"Ontwerp {scope.Title} voor de gemeenteraad van {to.Name}", body, now));
        }
    }
}
