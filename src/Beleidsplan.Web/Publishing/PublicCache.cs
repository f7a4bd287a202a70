using Microsoft.AspNetCore.OutputCaching;

namespace Beleidsplan.Web.Publishing;

/// <summary>
/// Public pages are served from the output cache, tagged by plan; a change to a plan evicts its tag
/// and the overview tag (see BeleidsplanDbContext.SaveChangesAsync).
/// </summary>
public class PublicCache(IOutputCacheStore store)
{
    public const string PolicyName = "openbaar";
    public const string OverviewTag = "plannen-overzicht";

    public static string PlanTag(string slug) => $"plan-{slug}";

    public async Task EvictAsync(IEnumerable<string> planSlugs, CancellationToken cancellationToken = default)
    {
        foreach (var slug in planSlugs.Distinct())
        {
            await store.EvictByTagAsync(PlanTag(slug), cancellationToken);
        }

        await store.EvictByTagAsync(OverviewTag, cancellationToken);
    }
}

/// <summary>Caches public GETs for anonymous readers, tagged with the plan in the route.</summary>
public sealed class PublicCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(PublicCache.OverviewTag);
        if (context.HttpContext.GetRouteValue("slug") is string slug)
        {
            context.Tags.Add(PublicCache.PlanTag(slug));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only complete, successful pages are kept; a 404 must not hide a plan added later.
        context.AllowCacheStorage &= context.HttpContext.Response.StatusCode == StatusCodes.Status200OK;
        return ValueTask.CompletedTask;
    }
}
