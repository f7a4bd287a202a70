using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// Beheerders must sign in with two factors: until they have turned it on, every workspace page
/// sends them to the page where they do.
/// </summary>
public sealed class TwoFactorRequirement(UserManager<User> users, BeleidsplanDbContext db) : IAsyncPageFilter
{
    public const string SetupPath = "/werkruimte/tweestapsverificatie";

    public static bool IsRequired(User user) => user.Memberships.Any(m => m.Role == Role.Beheerder);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.Path.StartsWithSegments("/werkruimte") && !request.Path.StartsWithSegments(SetupPath)
            && users.GetUserId(context.HttpContext.User) is { } userId)
        {
            var user = await db.Users.Include(u => u.Memberships).AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId);
            if (user is not null && !user.TwoFactorEnabled && IsRequired(user))
            {
                context.Result = new RedirectResult(SetupPath);
                return;
            }
        }

        await next();
    }
}
