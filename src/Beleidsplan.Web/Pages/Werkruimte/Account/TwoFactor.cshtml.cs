using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Account;

/// <summary>Turns on TOTP two-factor sign-in: the user adds the key to an app and proves it with a code.</summary>
[Access(Access.SignedIn)]
public class TwoFactorModel(UserManager<User> users, SignInManager<User> signIn, BeleidsplanDbContext db, ILogger<TwoFactorModel> log)
    : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul de code in.")]
    [StringLength(10, ErrorMessage = "De code heeft 6 cijfers.")]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string Key { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public async Task OnGetAsync() => await LoadAsync(await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found."));

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        if (ModelState.IsValid)
        {
            var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                await signIn.RefreshSignInAsync(user);
                log.LogInformation("Gebruiker {UserId} heeft inloggen in twee stappen aangezet", user.Id);
            }
            else
            {
                ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Controleer of de app de sleutel van deze pagina gebruikt.");
            }
        }

        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(User user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == Role.Beheerder);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // the new key changed the security stamp; keep this session
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        Key = key!;
        AuthenticatorUri = $"otpauth://totp/Beleidsplan:{Uri.EscapeDataString(user.Email ?? "")}?secret={Key}&issuer=Beleidsplan&digits=6";
    }
}
