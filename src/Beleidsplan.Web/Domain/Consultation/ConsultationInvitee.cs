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

    /// <summary>When the last invitation with a personal link was queued; null while the invitee is only on the list.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// Someone on a round's list, not yet mailed. The token hash is that of a random token nobody is
    /// ever given, so the link works only after <see cref="IssueLink"/>.
    /// </summary>
    public static ConsultationInvitee Listed(ConsultationRound round, AudienceGroup group, string name, string email,
        int? organisationId, string? organisationName, DateTimeOffset now) => new()
        {
            PlanId = round.PlanId,
            RoundId = round.Id,
            Round = round,
            Group = group,
            Name = name.Trim(),
            Email = NormaliseEmail(email),
            OrganisationId = organisationId,
            OrganisationName = string.IsNullOrWhiteSpace(organisationName) ? null : organisationName.Trim(),
            TokenHash = LinkToken.Hash(LinkToken.New()),
            InvitedAt = now,
        };

    /// <summary>A fresh personal link; the previous one stops working, so a resent invitation replaces the old.</summary>
    public string IssueLink(DateTimeOffset now)
    {
        var token = LinkToken.New();
        TokenHash = LinkToken.Hash(token);
        SentAt = now;
        return token;
    }

    /// <summary>Addresses are compared and stored in lower case: one person is one invitee, however they are typed.</summary>
    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();
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
