using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beleidsplan.Web.Pages.Account;

[EnableRateLimiting(AccountSetup.SignInRateLimit)]
[Access(Access.Public)]
public class SignInModel(SignInManager<User> signIn, UserManager<User> users, SignInAudit audit, ILogger<SignInModel> log) : PageModel
{
    /// <summary>
    /// One message for every failure, lockout included, so the form does not tell which addresses
    /// have an account (ASVS 2.2/3); the lockout rule itself is stated.
    /// </summary>
    private const string Wrong = "Het e-mailadres of het wachtwoord klopt niet. Na vijf mislukte pogingen kunt u 15 minuten niet inloggen.";

    /// <summary>Unknown addresses cost a hash too, so timing does not tell them apart either.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(new User(), "geen-echt-wachtwoord"));

    [BindProperty]
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres is hooguit 256 tekens.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Vul uw wachtwoord in.")]
    [StringLength(1000, ErrorMessage = "Een wachtwoord is hooguit 1000 tekens.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

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
        if (user is null || !user.IsActive)
        {
            users.PasswordHasher.VerifyHashedPassword(new User(), DummyHash.Value, Password);
            log.LogWarning("Mislukte aanmelding voor een onbekend of gedeactiveerd account");
            await audit.RecordAsync(AuditAction.SignInFailed, user?.Id, Email.Trim(), user is null ? "onbekend e-mailadres" : "account gedeactiveerd");
            Message = Wrong;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("Gebruiker {UserId} is ingelogd", user.Id);
            await audit.RecordAsync(AuditAction.SignedIn, user.Id, user.Email ?? Email, "wachtwoord");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/werkruimte");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInSecondStep", new { ReturnUrl });
        }

        log.LogWarning("Mislukte aanmelding voor gebruiker {UserId} (geblokkeerd: {LockedOut})", user.Id, result.IsLockedOut);
        await audit.RecordAsync(AuditAction.SignInFailed, user.Id, user.Email ?? Email, result.IsLockedOut ? "account geblokkeerd" : "wachtwoord onjuist");
        Message = Wrong;
        return Page();
    }
}
