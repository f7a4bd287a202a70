using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Errors;

/// <summary>
/// The Dutch status page: 404 for every unknown address (with the way back to the plan when there is
/// one), and 403 when a signed-in user lacks the right.
/// </summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken] // it also answers re-executed POSTs; it changes nothing
[Access(Access.Public)]
public class NotFoundModel(BeleidsplanDbContext db, UploadOptions uploads) : PageModel
{
    public string? PlanUrl { get; private set; }

    public bool Forbidden { get; private set; }

    /// <summary>The upload limit ("20 MB") when an upload was refused for its size (413).</summary>
    public string? TooLarge { get; private set; }

    /// <summary>Another error status (e.g. 400 for a form without its antiforgery token), kept as it is.</summary>
    public bool OtherError { get; private set; }

    public Task OnGetAsync() => ShowAsync();

    public Task OnPostAsync() => ShowAsync();

    private async Task ShowAsync()
    {
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Forbidden = status == StatusCodes.Status403Forbidden;
        TooLarge = status == StatusCodes.Status413PayloadTooLarge ? uploads.MaxText : null;
        OtherError = status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound);
        Response.StatusCode = status;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        var segments = original.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["plannen", var slug, ..] && slug.Length <= 100 && !slug.Any(char.IsControl) && await db.Plans.AnyAsync(p => p.Slug == slug))
        {
            PlanUrl = Urls.Plan(slug);
        }
    }
}
