using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Account;

/// <summary>Turns an open invitation into an account with the invited role, once.</summary>
[EnableRateLimiting(AccountSetup.SignInRateLimit)] // guessing at links is throttled like guessing passwords
[Access(Access.Public)]
public class AcceptInvitationModel(BeleidsplanDbContext db, UserManager<User> users, SignInManager<User> signIn, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "code")]
    public string Code { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Vul uw naam in.")]
    [StringLength(200, ErrorMessage = "Een naam is hooguit 200 tekens.")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Kies een wachtwoord.")]
    [StringLength(1000, ErrorMessage = "Een wachtwoord is hooguit 1000 tekens.")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    public string Repeat { get; set; } = "";

    public string? Problem { get; private set; }

    public string Email { get; private set; } = "";

    public string RoleText { get; private set; } = "";

    public string UnitName { get; private set; } = "";

    public async Task OnGetAsync() => await FindOpenAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var invitation = await FindOpenAsync();
        if (invitation is null || !ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            Problem = "Er is al een account met dit e-mailadres. Log in, en vraag de beheerder om u de rol te geven.";
            return Page();
        }

        var user = new User { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = DisplayName.Trim() };
        invitation.Accept(user, clock.GetUtcNow());
        db.ActingAs = new AuditActor(user.Id, invitation.Email);
        await using var transaction = await db.Database.BeginTransactionAsync(); // the account and the used invitation, together
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            return Page(); // the transaction is rolled back: the invitation stays open
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/werkruimte");
    }

    private async Task<Invitation?> FindOpenAsync()
    {
        var hash = Invitation.Hash(Code ?? "");
        var invitation = await db.Invitations.Include(i => i.PoliceUnit).SingleOrDefaultAsync(i => i.TokenHash == hash);
        Problem = invitation is null
            ? "Deze uitnodiging bestaat niet. Controleer of u de hele link uit de e-mail heeft gebruikt."
            : invitation.StateAt(clock.GetUtcNow()) switch
            {
                InvitationState.Accepted => "Deze uitnodiging is al gebruikt. U kunt inloggen met het account dat u toen heeft gemaakt.",
                InvitationState.Expired => "Deze uitnodiging is verlopen. Vraag de beheerder om een nieuwe uitnodiging.",
                InvitationState.Open => null,
            };
        if (invitation is null || Problem is not null)
        {
            return null;
        }

        Email = invitation.Email;
        RoleText = invitation.Role.ToDutch();
        UnitName = invitation.PoliceUnit!.Name;
        return invitation;
    }
}
