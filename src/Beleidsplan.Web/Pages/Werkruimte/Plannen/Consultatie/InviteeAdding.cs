using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// Invitees being added to a round in one go. One address is one invitee per round: someone already
/// on the list is skipped and named, and an organisation without known contacts is named too.
/// </summary>
public sealed class InviteeAdding(ConsultationRound round, HashSet<string> listed, DateTimeOffset now)
{
    private readonly List<string> skipped = [];
    private readonly List<string> withoutContacts = [];

    public List<ConsultationInvitee> Added { get; } = [];

    public void Add(OrganisationContacts organisation, AudienceGroup group)
    {
        if (organisation.Contacts.Count == 0)
        {
            withoutContacts.Add(organisation.Name);
        }

        foreach (var contact in organisation.Contacts)
        {
            Add(contact.Name, contact.Email, group, organisation.Id, organisation.Name);
        }
    }

    /// <summary>A pasted person; when their organisation is one of the unit's, the invitee is linked to it.</summary>
    public void Add(InviteeLine person, AudienceGroup group, OrganisationContacts? organisation) =>
        Add(person.Name, person.Email, group, organisation?.Id, organisation?.Name ?? person.Organisation);

    public void Add(string name, string email, AudienceGroup group, int? organisationId, string? organisationName)
    {
        if (!listed.Add(ConsultationInvitee.NormaliseEmail(email)))
        {
            skipped.Add(email);
            return;
        }

        var shortName = name.Length > ConsultationInvitee.NameMaxLength ? name[..ConsultationInvitee.NameMaxLength] : name;
        Added.Add(ConsultationInvitee.Listed(round, group, shortName, email, organisationId, organisationName, now));
    }

    public string Summary => Added.Count == 1 ? "1 genodigde toegevoegd." : $"{Added.Count} genodigden toegevoegd.";

    public List<string> Notes
    {
        get
        {
            var notes = new List<string>();
            if (skipped.Count > 0)
            {
                notes.Add($"Al op de lijst, dus niet nog eens toegevoegd: {string.Join(", ", skipped)}.");
            }

            if (withoutContacts.Count > 0)
            {
                notes.Add($"Geen contactpersoon bekend bij {string.Join(", ", withoutContacts)}. Voeg iemand toe onder ‘Personen toevoegen’, met de naam van de organisatie.");
            }

            return notes;
        }
    }
}
