using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Beleidsplan.Web.Domain.Accounts;

/// <summary>A person who signs in to the workspace. What they may do comes from their memberships.</summary>
public class User : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A deactivated user cannot sign in; their name stays on what they did.</summary>
    public bool IsActive { get; set; } = true;

    public List<Membership> Memberships { get; set; } = [];

    /// <summary>
    /// The Dutch reason <paramref name="actorId"/> may not deactivate or reactivate this user, or null.
    /// A user who also works in a unit the actor does not manage is refused: deactivation locks them
    /// out of every unit, and that is not one unit's beheerder's call to make alone.
    /// </summary>
    public string? ActivationProblem(string actorId, IReadOnlyCollection<int> managedUnitIds)
    {
        if (Id == actorId)
        {
            return "U kunt uw eigen account niet deactiveren of heractiveren.";
        }

        return Memberships.All(m => managedUnitIds.Contains(m.PoliceUnitId))
            ? null
            : "Deze gebruiker heeft ook rollen in een eenheid die u niet beheert. Vraag de beheerder van die eenheid om de rollen daar eerst te verwijderen.";
    }

    /// <summary>
    /// Locks the user out. A new security stamp makes Identity refuse the user's existing cookies too,
    /// so a later reactivation does not revive a session that was open at deactivation.
    /// </summary>
    public void Deactivate()
    {
        IsActive = false;
        SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
    }

    public void Reactivate() => IsActive = true;

    /// <summary>The Dutch reason <paramref name="actorId"/> may not change this user's roles, or null.</summary>
    public string? RightsProblem(string actorId) =>
        Id == actorId ? "U kunt uw eigen rechten niet wijzigen; vraag een andere beheerder." : null;
}
