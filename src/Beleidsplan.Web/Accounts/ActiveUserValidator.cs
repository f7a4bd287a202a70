using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// Checks on every request that the signed-in user is still active, so a deactivation ends the
/// user's open sessions at once rather than when the security stamp is next validated (30 minutes).
/// The cost is one indexed lookup per signed-in request. Then runs Identity's own stamp check.
/// </summary>
public static class ActiveUserValidator
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (context.Principal is { } principal && services.GetRequiredService<UserManager<User>>().GetUserId(principal) is { } userId)
        {
            var db = services.GetRequiredService<BeleidsplanDbContext>();
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive))
            {
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ActiveUserValidator))
                    .LogWarning("Sessie van gedeactiveerde of verwijderde gebruiker {UserId} beëindigd", userId);
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
