using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Uploads;

/// <summary>The attachments page of a demo plan, as a test uses it.</summary>
internal static class AttachmentPages
{
    /// <summary>Two plans of unit Noord-Holland, and one of Noord-Nederland.</summary>
    public const string Plan = "imv-noord-holland-2024-2027";
    public const string OtherPlan = "imv-noord-holland-2019-2022";
    public const string OtherUnitPlan = "rbp-noord-nederland-2024-2027";

    public static string Url(string plan = Plan) => $"/werkruimte/plannen/{plan}/bijlagen";

    public static async Task<(HttpResponseMessage Response, IDocument Page)> UploadAsync(Browser browser, string name, byte[] content, string plan = Plan)
    {
        var (_, page) = await browser.GetAsync(Url(plan));
        return await browser.UploadAsync(page, name, content, formSelector: "form.attachment-upload");
    }

    /// <summary>The message shown at the file field, or null.</summary>
    public static string? Error(IDocument page) => page.QuerySelector("#upload-error")?.TextContent is { Length: > 0 } text ? text : null;

    public static string? LinkTo(IDocument page, string name) =>
        page.QuerySelectorAll("a.attachment__link").FirstOrDefault(a => a.TextContent == name)?.GetAttribute("href");

    public static string UniqueName(string extension) => $"bijlage-{Guid.NewGuid():N}{extension}";
}
