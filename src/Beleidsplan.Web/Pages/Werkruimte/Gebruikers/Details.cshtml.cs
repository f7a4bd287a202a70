using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Gebruikers;

/// <summary>
/// One user as a beheerder sees them: deactivate, reactivate, remove a role. Nobody changes their own
/// rights; only memberships in units the beheerder manages are touched. A forged post (own account,
/// another unit's user or membership) is a 403 and logged.
/// </summary>
[Access(Access.UnitAdministrator)]
public class DetailsModel(BeleidsplanDbContext db, UserManager<User> users, ILogger<DetailsModel> log) : PageModel
{
    public UserScope Scope { get; private set; } = null!;

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    private string ActorId => users.GetUserId(User)!;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id, "te bekijken") ?? Page();

    public Task<IActionResult> OnPostDeactivateAsync(string id) => SetActiveAsync(id, active: false);

    public Task<IActionResult> OnPostReactivateAsync(string id) => SetActiveAsync(id, active: true);

    public async Task<IActionResult> OnPostRemoveRoleAsync(string id, int membershipId)
    {
        if (await LoadAsync(id, "een rol te verwijderen") is { } refused)
        {
            return refused;
        }

        var membership = Scope.ManagedMemberships.SingleOrDefault(m => m.Id == membershipId);
        if (Scope.User.RightsProblem(ActorId) is not null || membership is null)
        {
            return Refuse(id, $"rol {membershipId} te verwijderen");
        }

        Problem = membership.RemovalProblem(await db.OtherActiveBeheerdersAsync(membership.PoliceUnitId, id));
        if (Problem is not null)
        {
            return Page();
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync();
        Scope.User.Memberships.Remove(membership);
        log.LogInformation("Gebruiker {ActorId} verwijderde rol {Role} in eenheid {UnitId} van gebruiker {UserId}",
            ActorId, membership.Role, membership.PoliceUnitId, id);
        if (!Scope.ManagedMemberships.Any())
        {
            return Redirect("/werkruimte/gebruikers"); // no longer in this beheerder's units
        }

        Message = $"De rol {membership.Role.ToDutch()} in {membership.PoliceUnit!.Name} is verwijderd.";
        return Page();
    }

    private async Task<IActionResult> SetActiveAsync(string id, bool active)
    {
        var what = active ? "te heractiveren" : "te deactiveren";
        if (await LoadAsync(id, what) is { } refused)
        {
            return refused;
        }

        if (Scope.IsSelf)
        {
            return Refuse(id, what);
        }

        Problem = Scope.User.ActivationProblem(ActorId, Scope.ManagedUnitIds);
        foreach (var membership in Scope.User.Memberships.Where(m => !active && m.Role == Role.Beheerder))
        {
            Problem ??= membership.RemovalProblem(await db.OtherActiveBeheerdersAsync(membership.PoliceUnitId, id));
        }

        if (Problem is null && Scope.User.IsActive != active)
        {
            if (active)
            {
                Scope.User.Reactivate();
            }
            else
            {
                Scope.User.Deactivate();
            }

            await db.SaveChangesAsync();
            log.LogInformation("Gebruiker {ActorId} zette gebruiker {UserId} op actief={Active}", ActorId, id, active);
            Message = active ? "De gebruiker is weer actief en kan inloggen." : "De gebruiker is gedeactiveerd en direct uitgelogd.";
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, string what)
    {
        var scope = await UserScope.LoadAsync(db, ActorId, id);
        if (scope is null)
        {
            return Refuse(id, what);
        }

        Scope = scope;
        return null;
    }

    private ForbidResult Refuse(string id, string what)
    {
        log.LogWarning("Geweigerd: gebruiker {ActorId} probeerde gebruiker {UserId} {What}, buiten zijn bereik of zijn eigen account",
            ActorId, id, what);
        return Forbid();
    }
}
