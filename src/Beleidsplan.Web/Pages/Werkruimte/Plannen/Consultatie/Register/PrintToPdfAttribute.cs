using System.Text;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>A page whose HTML is printed to a PDF instead of sent.</summary>
public interface IPrintedToPdf
{
    string PdfTitle { get; }

    string PdfFileName { get; }
}

/// <summary>
/// Renders the page within this very request and hands its HTML to Chromium. The public plan's PDF
/// (<see cref="PdfEndpoint"/>) re-runs the pipeline for a public page; a workspace page instead needs
/// the signed-in user. Letting Chromium fetch the page itself would mean giving it the user's
/// authentication cookie (HttpOnly, Secure, and not ours to copy into another client), and a second,
/// separately authorised request could see other data than the one the user asked for. Here the
/// access filter has already admitted this request, the page renders once in-process, and
/// <see cref="PdfRenderer"/> serves exactly that HTML to Chromium from an origin of its own, with only
/// the web root's assets: Chromium never talks to the app and never holds a credential.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PrintToPdfAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is not PageResult || context.Controller is not IPrintedToPdf page)
        {
            await next();
            return;
        }

        var http = context.HttpContext;
        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = body;
        }

        var renderer = http.RequestServices.GetRequiredService<PdfRenderer>();
        var pdf = await renderer.RenderAsync(Encoding.UTF8.GetString(buffer.ToArray()), http.Request.Path, page.PdfTitle);
        http.Response.ContentType = "application/pdf";
        http.Response.ContentLength = pdf.Length;
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{page.PdfFileName}\"";
        await body.WriteAsync(pdf, http.RequestAborted);
    }
}
