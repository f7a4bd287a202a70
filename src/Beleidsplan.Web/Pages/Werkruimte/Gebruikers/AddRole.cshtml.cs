using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Gebruikers;

/// <summary>
/// A beheerder gives a user a role in a unit they manage. The unit, municipality and organisation
/// ids are checked against the beheerder's units; a tampered id or one's own account is a logged 403.
/// </summary>
[Access(Access.UnitAdministrator)]
public class AddRoleModel(BeleidsplanDbContext db, UserManager<User> users, ILogger<AddRoleModel> log) : PageModel
{
    [BindProperty]
    public int UnitId { get; set; }

    [BindProperty]
    public Role? Role { get; set; }

    [BindProperty]
    public int? MunicipalityId { get; set; }

    [BindProperty]
    public int? OrganisationId { get; set; }

    public UserScope Scope { get; private set; } = null!;

    public RoleChoices Choices { get; private set; } = RoleChoices.None;

    private string ActorId => users.GetUserId(User)!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        Choices = await RoleChoices.LoadAsync(db, Scope.ManagedUnitIds);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!await RoleChoices.WithinAsync(db, Scope.ManagedUnitIds, UnitId, MunicipalityId, OrganisationId))
        {
            return Refuse(id, $"eenheid {UnitId}, gemeente {MunicipalityId}, organisatie {OrganisationId}");
        }

        if (Role is not { } role)
        {
            ModelState.AddModelError(nameof(Role), "Kies een rol.");
            Choices = await RoleChoices.LoadAsync(db, Scope.ManagedUnitIds);
            return Page();
        }

        var membership = Membership.Scoped(role, UnitId, MunicipalityId, OrganisationId);
        membership.UserId = id;
        if (membership.ScopeProblem() is { } problem)
        {
            ModelState.AddModelError(role == Domain.Accounts.Role.Gemeente ? nameof(MunicipalityId) : nameof(OrganisationId), problem);
        }
        else if (Scope.User.Memberships.Any(x => x.PoliceUnitId == UnitId && x.Role == role))
        {
            ModelState.AddModelError(nameof(Role), $"Deze gebruiker heeft de rol {role.ToDutch()} al in deze eenheid. Verwijder die eerst om de gemeente of organisatie te wijzigen.");
        }

        if (!ModelState.IsValid)
        {
            Choices = await RoleChoices.LoadAsync(db, Scope.ManagedUnitIds);
            return Page();
        }

        db.Memberships.Add(membership);
        await db.SaveChangesAsync();
        log.LogInformation("Gebruiker {ActorId} gaf gebruiker {UserId} de rol {Role} in eenheid {UnitId}", ActorId, id, role, UnitId);
        return Redirect($"/werkruimte/gebruikers/{Uri.EscapeDataString(id)}");
    }

    private async Task<IActionResult?> LoadAsync(string id)
    {
        var scope = await UserScope.LoadAsync(db, ActorId, id);
        if (scope is null || scope.User.RightsProblem(ActorId) is not null)
        {
            return Refuse(id, "de gebruiker");
        }

        Scope = scope;
        return null;
    }

    private ForbidResult Refuse(string id, string what)
    {
        log.LogWarning("Geweigerd: gebruiker {ActorId} probeerde gebruiker {UserId} een rol te geven buiten zijn bereik of aan zichzelf ({What})",
            ActorId, id, what);
        return Forbid();
    }

}
