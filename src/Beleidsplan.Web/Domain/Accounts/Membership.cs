namespace Beleidsplan.Web.Domain.Accounts;

public enum Role
{
    Beheerder,
    Redacteur,
    Gemeente,
    Partner,
    Bestuurder,
}

/// <summary>
/// A user's role within one police unit; a gemeente user acts for one municipality, a partner user
/// for one organisation (PRODUCT.md, users and rights).
/// </summary>
public class Membership
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public Role Role { get; set; }

    public int PoliceUnitId { get; set; }

    public PoliceUnit? PoliceUnit { get; set; }

    public int? MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>A role in a unit; the municipality and organisation are kept only for the roles that act for one.</summary>
    public static Membership Scoped(Role role, int unitId, int? municipalityId, int? organisationId) => new()
    {
        Role = role,
        PoliceUnitId = unitId,
        MunicipalityId = role == Role.Gemeente ? municipalityId : null,
        OrganisationId = role == Role.Partner ? organisationId : null,
    };

    /// <summary>The Dutch reason a membership is incomplete, or null when its scope fits its role.</summary>
    public string? ScopeProblem() => Role switch
    {
        Role.Gemeente when MunicipalityId is null => "Een gemeentegebruiker hoort bij één gemeente.",
        Role.Partner when OrganisationId is null => "Een partnergebruiker hoort bij één organisatie.",
        Role.Beheerder or Role.Redacteur or Role.Bestuurder or Role.Gemeente or Role.Partner => null,
    };

    /// <summary>
    /// The Dutch reason this membership may not be removed (or its user deactivated), or null. A unit
    /// must keep an active beheerder, or nobody could manage its users any more.
    /// </summary>
    /// <param name="otherActiveBeheerders">Active beheerders of this unit besides this membership's user.</param>
    public string? RemovalProblem(int otherActiveBeheerders) => Role switch
    {
        Role.Beheerder when otherActiveBeheerders == 0 => "Dit is de laatste beheerder van de eenheid; wijs eerst een andere beheerder aan.",
        Role.Beheerder or Role.Redacteur or Role.Bestuurder or Role.Gemeente or Role.Partner => null,
    };
}

public static class RoleText
{
    public static string ToDutch(this Role role) => role switch
    {
        Role.Beheerder => "beheerder",
        Role.Redacteur => "redacteur",
        Role.Gemeente => "gemeente",
        Role.Partner => "partner",
        Role.Bestuurder => "bestuurder",
    };
}
