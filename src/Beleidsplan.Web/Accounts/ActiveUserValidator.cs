using System.Security.Claims;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// Checks on every request that the signed-in user is still active and that their security stamp is
/// the one in the cookie, so a deactivation, a password reset or a new authenticator key ends every
/// other open session at once (ASVS 3.3), rather than when Identity next validates the stamp
/// (30 minutes). The cost is one indexed lookup per signed-in request.
/// </summary>
public static class ActiveUserValidator
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (context.Principal is { } principal && services.GetRequiredService<UserManager<User>>().GetUserId(principal) is { } userId)
        {
            var db = services.GetRequiredService<BeleidsplanDbContext>();
            var stored = await db.Users.Where(u => u.Id == userId).Select(u => new { u.IsActive, u.SecurityStamp }).SingleOrDefaultAsync();
            var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
            if (stored is not { IsActive: true } || stored.SecurityStamp != principal.FindFirstValue(stampType))
            {
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ActiveUserValidator))
                    .LogWarning("Sessie van gebruiker {UserId} beëindigd: gedeactiveerd, verwijderd, of wachtwoord of sleutel gewijzigd", userId);
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
