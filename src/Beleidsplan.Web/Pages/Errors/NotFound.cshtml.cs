using Beleidsplan.Web.Data;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Errors;

/// <summary>The Dutch 404 page, shown for every unknown address; offers the way back to the plan when there is one.</summary>
public class NotFoundModel(BeleidsplanDbContext db) : PageModel
{
    public string? PlanUrl { get; private set; }

    public async Task OnGetAsync()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        var segments = original.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["plannen", var slug, ..] && slug.Length <= 100 && await db.Plans.AnyAsync(p => p.Slug == slug))
        {
            PlanUrl = Urls.Plan(slug);
        }
    }
}
