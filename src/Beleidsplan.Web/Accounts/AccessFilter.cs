using System.Reflection;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Accounts;

/// <summary>The plan a plan-scoped workspace page works on, and the user's roles in its unit.</summary>
public sealed record PlanScope(int PlanId, int UnitId, string Slug, string Title, IReadOnlyList<Role> Roles)
{
    public bool Has(Role role) => Roles.Contains(role);
}

/// <summary>
/// Enforces each page's <see cref="AccessAttribute"/>. A workspace page without one is refused
/// (fail closed). Refusals are logged with the user and the path.
/// </summary>
public sealed class AccessFilter(BeleidsplanDbContext db, UserManager<User> users, ILogger<AccessFilter> log) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var level = (context.HandlerMethod?.MethodInfo.GetCustomAttribute<AccessAttribute>()
            ?? context.ActionDescriptor.EndpointMetadata.OfType<AccessAttribute>().FirstOrDefault())?.Level;
        if (level is null && http.Request.Path.StartsWithSegments("/werkruimte"))
        {
            log.LogError("Pagina {Path} heeft geen toegangsniveau en is daarom geweigerd", http.Request.Path);
            context.Result = new ForbidResult();
            return;
        }

        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult(); // ?handler=unknown, or a verb the page has no handler for
            return;
        }

        var userId = users.GetUserId(http.User);
        if (level is { } atLeast && atLeast != Access.Public && userId is null)
        {
            context.Result = new ChallengeResult(); // fail closed, also outside the /werkruimte folder
            return;
        }

        if (level is { } required && userId is not null && required != Access.Public && required != Access.SignedIn)
        {
            var refusal = await CheckAsync(http, required, userId);
            if (refusal is not null)
            {
                context.Result = refusal;
                return;
            }
        }

        await next();
    }

    private async Task<IActionResult?> CheckAsync(HttpContext http, Access level, string userId)
    {
        var allowed = AccessRules.RolesFor(level);
        if (!AccessRules.IsPlanScoped(level))
        {
            var hasRole = await db.Memberships.AnyAsync(m => m.UserId == userId && allowed.Contains(m.Role));
            return hasRole ? null : Refuse(http, userId, level);
        }

        var slug = http.GetRouteValue("slug") as string;
        var plan = slug is null ? null : await db.Plans.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.PoliceUnitId, p.Slug, p.Title }).SingleOrDefaultAsync();
        if (plan is null)
        {
            return new NotFoundResult();
        }

        var roles = await db.Memberships.Where(m => m.UserId == userId && m.PoliceUnitId == plan.PoliceUnitId)
            .Select(m => m.Role).Distinct().ToListAsync();
        if (!roles.Any(allowed.Contains))
        {
            return Refuse(http, userId, level);
        }

        http.Features.Set(new PlanScope(plan.Id, plan.PoliceUnitId, plan.Slug, plan.Title, roles));
        return null;
    }

    private ForbidResult Refuse(HttpContext http, string userId, Access level)
    {
        log.LogWarning("Geweigerd: gebruiker {UserId} heeft geen recht {Level} voor {Method} {Path}",
            userId, level, http.Request.Method, http.Request.Path);
        return new ForbidResult();
    }
}

public static class PlanScopeExtensions
{
    /// <summary>The scope the access filter set; only on plan-scoped pages.</summary>
    public static PlanScope PlanScope(this HttpContext http) =>
        http.Features.Get<PlanScope>() ?? throw new InvalidOperationException("Deze pagina heeft geen planbereik.");
}
