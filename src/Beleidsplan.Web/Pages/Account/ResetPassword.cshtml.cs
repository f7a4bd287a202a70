using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beleidsplan.Web.Pages.Account;

[EnableRateLimiting(AccountSetup.SignInRateLimit)] // guessing at links is throttled like guessing passwords
[Access(Access.Public)]
public class ResetPasswordModel(UserManager<User> users, BeleidsplanDbContext db) : PageModel
{
    private const string Invalid = "Deze link is ongeldig, al gebruikt of verlopen.";

    [BindProperty(SupportsGet = true, Name = "gebruiker")]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "code")]
    public string Code { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    [StringLength(1000, ErrorMessage = "Een wachtwoord is hooguit 1000 tekens.")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    public string Repeat { get; set; } = "";

    public string? LinkProblem { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync()
    {
        var user = await users.FindByIdAsync(UserId);
        if (user is null || AccountLinks.DecodeToken(Code) is not { } token
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<User>.ResetPasswordTokenPurpose, token))
        {
            LinkProblem = Invalid;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(UserId);
        var token = AccountLinks.DecodeToken(Code);
        if (user is null || token is null)
        {
            LinkProblem = Invalid;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ActingAs = new AuditActor(user.Id, user.Email ?? user.Id);
        var result = await users.ResetPasswordAsync(user, token, Password);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            LinkProblem = Invalid;
            return Page();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(Password), error.Description);
        }

        Done = result.Succeeded;
        return Page();
    }
}
