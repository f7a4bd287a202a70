using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

public sealed record Contact(string Name, string Email);

/// <summary>
/// An organisation of the unit with the people known to act for it. Organisations carry no address
/// of their own; their contacts are the active users who work for them in this unit (a gemeente user
/// for the municipality's organisation, a partner user for theirs), so inviting an organisation
/// invites those people, each with their own link.
/// </summary>
public sealed record OrganisationContacts(int Id, string Name, OrganisationKind Kind, List<Contact> Contacts)
{
    public static async Task<List<OrganisationContacts>> LoadAsync(BeleidsplanDbContext db, int unitId)
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.PoliceUnitId == unitId)
            .Select(o => new { o.Id, o.Name, o.Kind, o.MunicipalityId }).ToListAsync();
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.PoliceUnitId == unitId && (m.OrganisationId != null || m.MunicipalityId != null))
            .Join(db.Users.Where(u => u.IsActive && u.Email != null && u.Email.Length <= Domain.Consultation.ConsultationInvitee.EmailMaxLength), m => m.UserId, u => u.Id,
                (m, u) => new { m.OrganisationId, m.MunicipalityId, u.DisplayName, Email = u.Email! })
            .ToListAsync();
        return organisations
            .Select(o => new OrganisationContacts(o.Id, o.Name, o.Kind, members
                .Where(m => m.OrganisationId == o.Id || (o.MunicipalityId is not null && m.MunicipalityId == o.MunicipalityId))
                .Select(m => new Contact(m.DisplayName.Length > 0 ? m.DisplayName : m.Email, m.Email))
                .DistinctBy(c => c.Email.ToLowerInvariant())
                .OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ToList()))
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
