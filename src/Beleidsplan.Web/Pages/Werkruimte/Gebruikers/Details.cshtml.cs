using System.Data;
using System.Data.Common;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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

        var saved = await SaveSerializedAsync(async () =>
        {
            var problem = membership.RemovalProblem(await db.OtherActiveBeheerdersAsync(membership.PoliceUnitId, id));
            if (problem is null)
            {
                db.Memberships.Remove(membership);
            }

            return problem;
        });
        if (!saved)
        {
            return Page();
        }

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

        var saved = Scope.User.IsActive != active && await SaveSerializedAsync(async () =>
        {
            var problem = Scope.User.ActivationProblem(ActorId, Scope.ManagedUnitIds);
            foreach (var membership in Scope.User.Memberships.Where(m => !active && m.Role == Role.Beheerder))
            {
                problem ??= membership.RemovalProblem(await db.OtherActiveBeheerdersAsync(membership.PoliceUnitId, id));
            }

            if (problem is null && active)
            {
                Scope.User.Reactivate();
            }
            else if (problem is null)
            {
                Scope.User.Deactivate();
            }

            return problem;
        });
        if (saved)
        {
            log.LogInformation("Gebruiker {ActorId} zette gebruiker {UserId} op actief={Active}", ActorId, id, active);
            Message = active ? "De gebruiker is weer actief en kan inloggen." : "De gebruiker is gedeactiveerd en direct uitgelogd.";
        }

        return Page();
    }

    /// <summary>
    /// Checks and changes in one serializable transaction: two beheerders removing each other at the
    /// same moment could otherwise both pass the last-beheerder check. The database then fails one.
    /// </summary>
    private async Task<bool> SaveSerializedAsync(Func<Task<string?>> checkAndChange)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable);
            Problem = await checkAndChange();
            if (Problem is not null)
            {
                return false;
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return true;
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            log.LogWarning(e, "Rechtenwijziging door gebruiker {ActorId} botste met een gelijktijdige wijziging", ActorId);
            Problem = "Deze rechten werden tegelijk door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.";
            return false;
        }
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
