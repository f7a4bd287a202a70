using Microsoft.AspNetCore.Identity;

namespace Beleidsplan.Web.Domain.Accounts;

/// <summary>A person who signs in to the workspace. What they may do comes from their memberships.</summary>
public class User : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A deactivated user cannot sign in; their name stays on what they did.</summary>
    public bool IsActive { get; set; } = true;

    public List<Membership> Memberships { get; set; } = [];
}
