namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// A person or organisation invited to a round. The personal link carries a random token; only its
/// hash is kept, so the database alone cannot be used to react on someone's behalf.
/// </summary>
public class ConsultationInvitee : IConsultationRecord
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public int RoundId { get; set; }
    public ConsultationRound? Round { get; set; }
    public AudienceGroup Group { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string? OrganisationName { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
}

/// <summary>Who a round is for (seed 004: mayors, the chief prosecutor, police leadership and their officials).</summary>
public enum AudienceGroup
{
    Mayors,
    ChiefProsecutor,
    PoliceLeadership,
    PublicOrderOfficials,
    BasisteamTriangles,
    Partners,
    Other,
}

public static class AudienceGroupText
{
    public static string ToDutch(this AudienceGroup group) => group switch
    {
        AudienceGroup.Mayors => "Burgemeesters",
        AudienceGroup.ChiefProsecutor => "Hoofdofficier van justitie",
        AudienceGroup.PoliceLeadership => "Politieleiding",
        AudienceGroup.PublicOrderOfficials => "Ambtenaren openbare orde en veiligheid",
        AudienceGroup.BasisteamTriangles => "Basisteamdriehoeken",
        AudienceGroup.Partners => "Partners",
        AudienceGroup.Other => "Overig",
    };
}
