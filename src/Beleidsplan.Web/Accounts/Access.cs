using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Web.Accounts;

/// <summary>Who may use a page or endpoint. Plan-scoped levels take the plan from the route's slug.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not: the public site, open data, sign-in pages.</summary>
    Public,

    /// <summary>Any signed-in user: the workspace home, their own sign-in settings.</summary>
    SignedIn,

    /// <summary>Anyone with a role in the plan's unit: reading the plan in the workspace.</summary>
    PlanMember,

    /// <summary>A redacteur of the plan's unit: editing the plan.</summary>
    PlanEditor,

    /// <summary>A redacteur or beheerder of the plan's unit: the plan's history.</summary>
    PlanHistory,

    /// <summary>A redacteur or bestuurder of the plan's unit: what is written for or by the board, such as the regioburgemeester's letter.</summary>
    PlanGovernance,

    /// <summary>A beheerder of at least one unit; the page checks every id against the units they manage.</summary>
    UnitAdministrator,
}

/// <summary>
/// Declares a page's access level. Every page and endpoint carries one: the access filter enforces
/// it, and the authorization matrix test reads it from the endpoint list, so a new page is covered
/// without anyone remembering to add it.
/// </summary>
/// On a handler method it overrides the page's level for that handler (reading versus changing).
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AccessAttribute(Access level) : Attribute
{
    public Access Level { get; } = level;
}

public static class AccessRules
{
    /// <summary>The roles in a plan's unit that grant a plan-scoped level; empty for the others.</summary>
    public static IReadOnlyList<Role> RolesFor(Access level) => level switch
    {
        Access.PlanMember => Enum.GetValues<Role>(),
        Access.PlanEditor => [Role.Redacteur],
        Access.PlanHistory => [Role.Redacteur, Role.Beheerder],
        Access.PlanGovernance => [Role.Redacteur, Role.Bestuurder],
        Access.UnitAdministrator => [Role.Beheerder],
        Access.Public or Access.SignedIn => [],
    };

    public static bool IsPlanScoped(Access level) => level switch
    {
        Access.PlanMember or Access.PlanEditor or Access.PlanHistory or Access.PlanGovernance => true,
        Access.Public or Access.SignedIn or Access.UnitAdministrator => false,
    };
}
