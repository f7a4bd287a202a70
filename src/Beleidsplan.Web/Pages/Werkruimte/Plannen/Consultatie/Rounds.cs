using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>Finding a round within the plan of the address, and the day it is in the Netherlands.</summary>
public static class Rounds
{
    /// <summary>
    /// The round with its version, only when it belongs to the plan in the address: another plan's
    /// round id is not found, so a redacteur of one plan never reads or changes another's round.
    /// </summary>
    public static Task<ConsultationRound?> FindAsync(BeleidsplanDbContext db, PlanScope scope, int id) =>
        db.ConsultationRounds.Include(r => r.PlanVersion).SingleOrDefaultAsync(r => r.Id == id && r.PlanId == scope.PlanId);

    /// <summary>Deadlines are Dutch calendar days, whatever the server's time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime);

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", DutchTime.Culture);
}
