using Beleidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Lifecycle;

/// <summary>How many of the unit's municipalities have their council's outcome on this plan registered.</summary>
public sealed record CouncilCount(int Heard, int Total)
{
    public int NotHeard => Total - Heard;

    /// <summary>A unit without municipalities has no council heard: that is no reason to adopt without one.</summary>
    public bool AllHeard => Total > 0 && NotHeard <= 0;

    /// <summary>
    /// The councils heard; with <paramref name="until"/> only those that decided on or before that day
    /// (an outcome decided after the adoption was not heard before it).
    /// </summary>
    public static async Task<CouncilCount> LoadAsync(BeleidsplanDbContext db, int planId, int unitId, DateOnly? until = null)
    {
        var total = await db.Municipalities.CountAsync(m => m.PoliceUnitId == unitId);
        var heard = await db.CouncilHearings.CountAsync(h => h.PlanId == planId && h.Outcome != null
            && (until == null || h.DecidedOn <= until)
            && db.Municipalities.Any(m => m.Id == h.MunicipalityId && m.PoliceUnitId == unitId));
        return new CouncilCount(heard, total);
    }

    /// <summary>The refusal of an adoption without a reason, e.g. "29 van de 32 gemeenteraden zijn nog niet gehoord."</summary>
    public string Refusal => Total == 0
        ? "Bij deze eenheid zijn geen gemeenten bekend, dus geen gemeenteraad is gehoord. Geef een reden om toch vast te stellen."
        : $"{NotHeard} van de {Total} gemeenteraden {(NotHeard == 1 ? "is" : "zijn")} nog niet gehoord. Geef een reden om toch vast te stellen.";
}
