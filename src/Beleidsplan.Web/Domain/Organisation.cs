namespace Beleidsplan.Web.Domain;

public class Organisation
{
    public int Id { get; set; }
    public int PoliceUnitId { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }

    public const int MaxNameLength = 200;

    /// <summary>
    /// The Dutch reason a name cannot be used in the unit, or null. Names are unique per unit ignoring
    /// case: users pick organisations by name, and "RIEC" beside "Riec" would be two of the same.
    /// </summary>
    public static string? NameProblem(string name, IEnumerable<string> otherNamesInUnit) =>
        name.Length == 0 ? "Vul de naam van de organisatie in."
        : name.Length > MaxNameLength ? $"Een naam is hooguit {MaxNameLength} tekens."
        : otherNamesInUnit.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) ? "Deze eenheid heeft al een organisatie met deze naam."
        : null;
}

public enum OrganisationKind
{
    Municipality,
    Police,
    PublicProsecution,
    Riec,
    RegionalSafetyOrganisation,
    CarePartner,
    Other,
}

/// <summary>RBOP, steering group, administrative committee or working group.</summary>
public class GoverningBody
{
    public int Id { get; set; }
    public int PoliceUnitId { get; set; }
    public int Position { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Abbreviation { get; set; }
    public GoverningBodyKind Kind { get; set; }
    public int? EstablishedYear { get; set; }
    public string? Description { get; set; }
    public List<BodyMember> Members { get; set; } = [];
}

public enum GoverningBodyKind
{
    RegionalBoard,
    SteeringGroup,
    AdministrativeCommittee,
    WorkingGroup,
}

public class BodyMember
{
    public int Id { get; set; }
    public int GoverningBodyId { get; set; }
    public int Position { get; set; }

    /// <summary>The person, when the source names one; many sources name only the function.</summary>
    public string? PersonName { get; set; }
    public required string Function { get; set; }
    public MemberRole Role { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

public enum MemberRole
{
    Chair,
    Member,
    Secretary,
    Adviser,
}

public static class MemberRoleText
{
    public static string ToDutch(MemberRole role) => role switch
    {
        MemberRole.Chair => "Voorzitter",
        MemberRole.Member => "Lid",
        MemberRole.Secretary => "Secretaris",
        MemberRole.Adviser => "Adviseur",
    };
}

public static class OrganisationKindText
{
    public static string ToDutch(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Municipality => "gemeente",
        OrganisationKind.Police => "politie",
        OrganisationKind.PublicProsecution => "Openbaar Ministerie",
        OrganisationKind.Riec => "RIEC",
        OrganisationKind.RegionalSafetyOrganisation => "veiligheidsorganisatie",
        OrganisationKind.CarePartner => "zorgpartner",
        OrganisationKind.Other => "overig",
    };
}
