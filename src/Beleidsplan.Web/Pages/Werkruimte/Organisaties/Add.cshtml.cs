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

/// <summary>A beheerder adds an organisation to a unit they manage; another unit's id is a logged 403.</summary>
[Access(Access.UnitAdministrator)]
public class AddModel(BeleidsplanDbContext db, UserManager<User> users, ILogger<AddModel> log) : PageModel
{
    [BindProperty]
    public int UnitId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public OrganisationKind? Kind { get; set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> Kinds { get; } = OrganisationChoices.Kinds();

    private string ActorId => users.GetUserId(User)!;

    public async Task<IActionResult> OnGetAsync()
    {
        var units = await db.ManagedUnitIdsAsync(ActorId);
        if (units.Count == 0)
        {
            return Forbid();
        }

        await LoadUnitsAsync(units);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var units = await db.ManagedUnitIdsAsync(ActorId);
        if (!units.Contains(UnitId))
        {
            log.LogWarning("Geweigerd: gebruiker {ActorId} probeerde een organisatie toe te voegen aan eenheid {UnitId} buiten zijn bereik", ActorId, UnitId);
            return Forbid();
        }

        var name = Name?.Trim() ?? "";
        var others = await db.Organisations.Where(o => o.PoliceUnitId == UnitId).Select(o => o.Name).ToListAsync();
        if (Organisation.NameProblem(name, others) is { } problem)
        {
            ModelState.AddModelError(nameof(Name), problem);
        }

        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Kies de soort organisatie.");
        }

        if (!ModelState.IsValid)
        {
            await LoadUnitsAsync(units);
            return Page();
        }

        var organisation = new Organisation { PoliceUnitId = UnitId, Name = name, Kind = Kind ?? default };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        log.LogInformation("Gebruiker {ActorId} voegde organisatie {OrganisationId} toe aan eenheid {UnitId}", ActorId, organisation.Id, UnitId);
        return Redirect("/werkruimte/organisaties");
    }

    private async Task LoadUnitsAsync(List<int> units) =>
        Units = await db.PoliceUnits.Where(u => units.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToListAsync();
}
