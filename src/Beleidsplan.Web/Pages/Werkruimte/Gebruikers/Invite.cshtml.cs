using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Gebruikers;

/// <summary>
/// A beheerder invites someone into one of the units they manage. Every id in the form is checked
/// against the beheerder's own units: a tampered id is a 403, logged, and changes nothing.
/// </summary>
[Access(Access.UnitAdministrator)]
public class InviteModel(BeleidsplanDbContext db, UserManager<User> users, AccountLinks links, TimeProvider clock, ILogger<InviteModel> log)
    : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul het e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres is hooguit 256 tekens.")]
    public string Email { get; set; } = "";

    [BindProperty]
    public int UnitId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Kies een rol.")]
    public Role? Role { get; set; }

    [BindProperty]
    public int? MunicipalityId { get; set; }

    [BindProperty]
    public int? OrganisationId { get; set; }

    public string? SentTo { get; private set; }

    public RoleChoices Choices { get; private set; } = RoleChoices.None;

    private string UserId => users.GetUserId(User)!;

    public async Task<IActionResult> OnGetAsync()
    {
        var units = await ManagedUnitIdsAsync();
        if (units.Count == 0)
        {
            return Forbid();
        }

        Choices = await RoleChoices.LoadAsync(db, units);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var units = await ManagedUnitIdsAsync();
        if (!await RoleChoices.WithinAsync(db, units, UnitId, MunicipalityId, OrganisationId))
        {
            log.LogWarning("Geweigerd: gebruiker {UserId} probeerde uit te nodigen voor eenheid {UnitId}, gemeente {MunicipalityId}, organisatie {OrganisationId} buiten zijn bereik",
                UserId, UnitId, MunicipalityId, OrganisationId);
            return Forbid();
        }

        var role = Role ?? default;
        var scope = Membership.Scoped(role, UnitId, MunicipalityId, OrganisationId);
        if (ModelState.IsValid && scope.ScopeProblem() is { } problem)
        {
            ModelState.AddModelError(scope.Role == Domain.Accounts.Role.Gemeente ? nameof(MunicipalityId) : nameof(OrganisationId), problem);
        }

        if (ModelState.IsValid && (await users.GetUserAsync(User))?.NormalizedEmail == users.NormalizeEmail(Email.Trim()))
        {
            ModelState.AddModelError(nameof(Email), "U kunt uzelf niet uitnodigen: een beheerder kan zijn eigen rechten niet wijzigen.");
        }

        if (!ModelState.IsValid)
        {
            Choices = await RoleChoices.LoadAsync(db, units);
            return Page();
        }

        var email = Email.Trim();
        var (invitation, token) = Invitation.Create(scope, email, UserId, clock.GetUtcNow());
        var unitName = await db.PoliceUnits.Where(u => u.Id == UnitId).Select(u => u.Name).SingleAsync();
        db.Invitations.Add(invitation);
        db.OutboxMessages.Add(OutboxMessage.Create(email, $"Uitnodiging voor Beleidsplan ({unitName})",
            $"""
            Goedendag,

            U bent uitgenodigd om als {scope.Role.ToDutch()} mee te werken aan het veiligheidsplan van {unitName} in Beleidsplan.
            Via deze link kiest u uw naam en wachtwoord; hij is 7 dagen geldig en werkt één keer:

            {links.Invitation(token)}
            """, clock.GetUtcNow()));
        await db.SaveChangesAsync(); // the invitation and its e-mail, together or not at all
        log.LogInformation("Gebruiker {UserId} nodigde {Email} uit als {Role} in eenheid {UnitId}", UserId, email, scope.Role, UnitId);

        SentTo = email;
        ModelState.Clear();
        Email = "";
        Choices = await RoleChoices.LoadAsync(db, units);
        return Page();
    }

    private Task<List<int>> ManagedUnitIdsAsync() => db.ManagedUnitIdsAsync(UserId);

}
