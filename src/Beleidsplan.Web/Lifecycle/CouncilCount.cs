using Beleidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Lifecycle;

/// <summary>How many of the unit's municipalities have their council's outcome on this plan registered.</summary>
public sealed record CouncilCount(int Heard, int Total)
{
    public int NotHeard => Total - Heard;

    public bool AllHeard => NotHeard <= 0;

    public static async Task<CouncilCount> LoadAsync(BeleidsplanDbContext db, int planId, int unitId)
    {
        var total = await db.Municipalities.CountAsync(m => m.PoliceUnitId == unitId);
        var heard = await db.CouncilHearings.CountAsync(h => h.PlanId == planId && h.Outcome != null
            && db.Municipalities.Any(m => m.Id == h.MunicipalityId && m.PoliceUnitId == unitId));
        return new CouncilCount(heard, total);
    }

    /// <summary>The refusal of an adoption without a reason, e.g. "29 van de 32 gemeenteraden zijn nog niet gehoord."</summary>
    public string Refusal => $"{NotHeard} van de {Total} gemeenteraden {(NotHeard == 1 ? "is" : "zijn")} nog niet gehoord. Geef een reden om toch vast te stellen.";
}
