using System.Text;
using Beleidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Publishing;

/// <summary>
/// GET /plannen/{slug}/pdf: runs the print page through the app's own pipeline, keeps its HTML, and
/// has Chromium print exactly that, so the PDF and the printed page can never differ.
/// </summary>
public static class PdfEndpoint
{
    public static void MapPdfEndpoint(this IApplicationBuilder app) =>
        app.UseWhen(IsPdfRequest, branch => branch.Use(async (context, next) =>
        {
            var slug = context.Request.Path.Value!.Split('/')[2];
            var renderer = context.RequestServices.GetRequiredService<PdfRenderer>();
            var db = context.RequestServices.GetRequiredService<BeleidsplanDbContext>();
            var plan = await db.Plans.AsNoTracking().Where(p => p.Slug == slug)
                .Select(p => new { p.Title, p.Slug }).SingleOrDefaultAsync();
            if (plan is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (!renderer.IsAvailable)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(
                    "De PDF kan niet worden gemaakt: op deze server is Chromium niet geïnstalleerd. "
                    + $"Gebruik de afdrukversie ({Urls.Print(slug)}) en kies 'Opslaan als PDF'.");
                return;
            }

            var printPath = Urls.Print(slug);
            var html = await CaptureAsync(context, next, printPath);
            var pdf = await renderer.RenderAsync(html, printPath, plan.Title);
            context.Response.ContentType = "application/pdf";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{plan.Slug}.pdf\"";
            await context.Response.Body.WriteAsync(pdf);
        }));

    private static bool IsPdfRequest(HttpContext context)
    {
        var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return HttpMethods.IsGet(context.Request.Method) && segments is ["plannen", _, "pdf"];
    }

    private static async Task<string> CaptureAsync(HttpContext context, RequestDelegate next, string printPath)
    {
        var originalBody = context.Response.Body;
        var originalPath = context.Request.Path;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        context.Request.Path = printPath;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = originalBody;
            context.Request.Path = originalPath;
        }

        context.Response.Headers.Remove("Content-Type");
        context.Response.Headers.ContentLength = null;
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
