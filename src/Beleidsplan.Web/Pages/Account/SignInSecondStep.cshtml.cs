using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beleidsplan.Web.Pages.Account;

/// <summary>The TOTP code after the password, for users who turned two-factor sign-in on.</summary>
[EnableRateLimiting(AccountSetup.SignInRateLimit)]
[Access(Access.Public)]
public class SignInSecondStepModel(SignInManager<User> signIn, SignInAudit audit, ILogger<SignInSecondStepModel> log) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul de code in.")]
    [StringLength(10, ErrorMessage = "De code heeft 6 cijfers.")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/inloggen") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/inloggen");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            log.LogInformation("Gebruiker {UserId} is ingelogd met twee stappen", user.Id);
            await audit.RecordAsync(AuditAction.SignedIn, user.Id, user.Email ?? "", "wachtwoord en code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/werkruimte");
        }

        log.LogWarning("Onjuiste tweede stap voor gebruiker {UserId} (geblokkeerd: {LockedOut})", user.Id, result.IsLockedOut);
        await audit.RecordAsync(AuditAction.SignInFailed, user.Id, user.Email ?? "", result.IsLockedOut ? "account geblokkeerd" : "code onjuist");
        Message = result.IsLockedOut
            ? "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "Deze code klopt niet. Let op: een code is maar 30 seconden geldig.";
        return Page();
    }
}
