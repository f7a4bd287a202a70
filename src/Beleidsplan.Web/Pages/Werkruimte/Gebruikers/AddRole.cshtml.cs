using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

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

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> Roles { get; } = Enum.GetValues<Role>()
        .Select(r => new SelectListItem(r.ToDutch(), r.ToString())).ToList();

    public List<SelectListItem> Municipalities { get; private set; } = [];

    public List<SelectListItem> Organisations { get; private set; } = [];

    private string ActorId => users.GetUserId(User)!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!Scope.ManagedUnitIds.Contains(UnitId)
            || (MunicipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m && x.PoliceUnitId == UnitId))
            || (OrganisationId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o && x.PoliceUnitId == UnitId)))
        {
            return Refuse(id, $"eenheid {UnitId}, gemeente {MunicipalityId}, organisatie {OrganisationId}");
        }

        if (Role is not { } role)
        {
            ModelState.AddModelError(nameof(Role), "Kies een rol.");
            await LoadChoicesAsync();
            return Page();
        }

        var membership = new Membership
        {
            UserId = id,
            Role = role,
            PoliceUnitId = UnitId,
            MunicipalityId = role == Domain.Accounts.Role.Gemeente ? MunicipalityId : null, // other roles act for the whole unit
            OrganisationId = role == Domain.Accounts.Role.Partner ? OrganisationId : null,
        };
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
            await LoadChoicesAsync();
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

    private async Task LoadChoicesAsync()
    {
        var units = Scope.ManagedUnitIds;
        Units = await db.PoliceUnits.Where(u => units.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync();
        Municipalities = await db.Municipalities.Where(m => units.Contains(m.PoliceUnitId)).OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToListAsync();
        Organisations = await db.Organisations.Where(o => units.Contains(o.PoliceUnitId)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
    }
}
