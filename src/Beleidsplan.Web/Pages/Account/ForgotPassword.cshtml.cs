using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beleidsplan.Web.Pages.Account;

/// <summary>Puts a reset link in the outbox; says the same whether or not the address has an account.</summary>
[EnableRateLimiting(AccountSetup.SignInRateLimit)]
[Access(Access.Public)]
public class ForgotPasswordModel(UserManager<User> users, BeleidsplanDbContext db, AccountLinks links, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres is hooguit 256 tekens.")]
    public string Email { get; set; } = "";

    public bool Requested { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { IsActive: true, Email: not null })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            db.OutboxMessages.Add(OutboxMessage.Create(user.Email, "Nieuw wachtwoord voor Beleidsplan",
                $"""
                Goedendag,

                Iemand (hopelijk u) heeft gevraagd om een nieuw wachtwoord voor uw account in Beleidsplan.
                Kies een nieuw wachtwoord via deze link; hij is 2 uur geldig en werkt één keer:

                {links.PasswordReset(user.Id, token)}

                Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft hetzelfde.
                """, clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        Requested = true;
        return Page();
    }
}
