using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Gebruikers;

/// <summary>
/// What a role form offers a beheerder (the invitation and adding a role): their units, and the
/// municipalities and organisations in them; and the check that a posted scope stays within them.
/// </summary>
public sealed record RoleChoices(List<SelectListItem> Units, List<SelectListItem> Municipalities, List<SelectListItem> Organisations)
{
    public static readonly List<SelectListItem> Roles = Enum.GetValues<Role>()
        .Select(r => new SelectListItem(r.ToDutch(), r.ToString())).ToList();

    public static RoleChoices None { get; } = new([], [], []);

    public static async Task<RoleChoices> LoadAsync(BeleidsplanDbContext db, IReadOnlyCollection<int> units) => new(
        await db.PoliceUnits.Where(u => units.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync(),
        await db.Municipalities.Where(m => units.Contains(m.PoliceUnitId)).OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToListAsync(),
        await db.Organisations.Where(o => units.Contains(o.PoliceUnitId)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync());

    /// <summary>False when a posted id lies outside the beheerder's units: a tampered form.</summary>
    public static async Task<bool> WithinAsync(BeleidsplanDbContext db, IReadOnlyCollection<int> units, int unitId, int? municipalityId, int? organisationId) =>
        units.Contains(unitId)
        && (municipalityId is not { } m || await db.Municipalities.AnyAsync(x => x.Id == m && x.PoliceUnitId == unitId))
        && (organisationId is not { } o || await db.Organisations.AnyAsync(x => x.Id == o && x.PoliceUnitId == unitId));
}
