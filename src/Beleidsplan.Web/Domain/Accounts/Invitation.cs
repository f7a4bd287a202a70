using System.Security.Cryptography;
using System.Text;

namespace Beleidsplan.Web.Domain.Accounts;

public enum InvitationState
{
    Open,
    Accepted,
    Expired,
}

/// <summary>
/// A beheerder's invitation to join with one role. The link carries a random token; only its SHA-256
/// hash is stored, so a copy of the database cannot be used to accept invitations.
/// </summary>
public class Invitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    public int Id { get; set; }

    public string Email { get; set; } = "";

    public Role Role { get; set; }

    public int PoliceUnitId { get; set; }

    public PoliceUnit? PoliceUnit { get; set; }

    public int? MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public string TokenHash { get; set; } = "";

    public string CreatedByUserId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedUserId { get; set; }

    /// <summary>A new invitation and the token for its link (shown once, never stored).</summary>
    public static (Invitation Invitation, string Token) Create(Membership scope, string email, string createdBy, DateTimeOffset now)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var invitation = new Invitation
        {
            Email = email,
            Role = scope.Role,
            PoliceUnitId = scope.PoliceUnitId,
            MunicipalityId = scope.MunicipalityId,
            OrganisationId = scope.OrganisationId,
            TokenHash = Hash(token),
            CreatedByUserId = createdBy,
            CreatedAt = now,
            ExpiresAt = now + ValidFor,
        };
        return (invitation, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Open;

    public Membership ToMembership() => new()
    {
        Role = Role,
        PoliceUnitId = PoliceUnitId,
        MunicipalityId = MunicipalityId,
        OrganisationId = OrganisationId,
    };

    public void Accept(User user, DateTimeOffset now)
    {
        if (StateAt(now) != InvitationState.Open)
        {
            throw new InvalidOperationException("Only an open invitation can be accepted.");
        }

        AcceptedAt = now;
        AcceptedUserId = user.Id;
        user.Memberships.Add(ToMembership());
    }
}
