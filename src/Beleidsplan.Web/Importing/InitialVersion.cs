using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// A plan read from files is published as it is read: an adopted plan as its adopted version, a
/// draft as a concept. A plan still in preparation gets no version, so it stays off the public site.
/// </summary>
public static class InitialVersion
{
    public static PlanVersion? For(Plan plan, DateTimeOffset now)
    {
        if (plan.Status == PlanStatus.Preparation)
        {
            return null;
        }

        var adopted = plan.AdoptedOn is not null;
        var version = PlanVersion.Freeze(plan, 1, adopted ? "Vastgestelde versie" : "Ontwerp",
            plan.AdoptedOn ?? DateOnly.FromDateTime(now.UtcDateTime), "Ingelezen bij het laden van het plan.", "Import", now);
        if (plan.AdoptedOn is { } on)
        {
            version.MarkAdopted(on, plan.AdoptedBy ?? "onbekend");
        }

        version.IsPublished = true;
        return version;
    }
}
