using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Organisaties;

/// <summary>
/// A beheerder renames an organisation or changes its kind. It stays in its unit; an organisation of a
/// unit the beheerder does not manage is a logged 403.
/// </summary>
[Access(Access.UnitAdministrator)]
public class EditModel(BeleidsplanDbContext db, UserManager<User> users, ILogger<EditModel> log) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public OrganisationKind? Kind { get; set; }

    public Organisation Organisation { get; private set; } = null!;

    public string? Message { get; private set; }

    public List<SelectListItem> Kinds { get; } = OrganisationChoices.Kinds();

    private string ActorId => users.GetUserId(User)!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        Name = Organisation.Name;
        Kind = Organisation.Kind;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var name = Name?.Trim() ?? "";
        var others = await db.Organisations.Where(o => o.PoliceUnitId == Organisation.PoliceUnitId && o.Id != id).Select(o => o.Name).ToListAsync();
        if (Organisation.NameProblem(name, others) is { } problem)
        {
            ModelState.AddModelError(nameof(Name), problem);
        }

        if (Kind is not { } kind)
        {
            ModelState.AddModelError(nameof(Kind), "Kies de soort organisatie.");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Organisation.Name = name;
        Organisation.Kind = kind;
        await db.SaveChangesAsync();
        log.LogInformation("Gebruiker {ActorId} wijzigde organisatie {OrganisationId}", ActorId, id);
        Message = "De organisatie is opgeslagen.";
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var units = await db.ManagedUnitIdsAsync(ActorId);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null || !units.Contains(organisation.PoliceUnitId))
        {
            log.LogWarning("Geweigerd: gebruiker {ActorId} probeerde organisatie {OrganisationId} buiten zijn bereik te openen of te wijzigen", ActorId, id);
            return Forbid();
        }

        Organisation = organisation;
        return null;
    }
}
