using System.Net.Http.Headers;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>Posts the reaction form as a browser does: every field as it stands, changed where given, with a file when chosen.</summary>
public static class ReactionForms
{
    public static async Task<(HttpResponseMessage Response, IDocument Page)> SubmitAsync(
        Browser browser, IDocument page, IDictionary<string, string> changes, (string Name, byte[] Content)? file = null)
    {
        if (file is null)
        {
            return await browser.SubmitAllAsync(page, changes);
        }

        using var body = Multipart(page, changes, file.Value);
        return await Browser.ReadAsync(await browser.Client.PostAsync(Action(page), body));
    }

    public static MultipartFormDataContent Multipart(IDocument page, IDictionary<string, string> changes, (string Name, byte[] Content)? file = null)
    {
        var values = FormSubmission.Values(page);
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        var body = new MultipartFormDataContent();
        foreach (var (name, value) in values.Where(v => v.Key != "Input.Attachment"))
        {
            body.Add(new StringContent(value), name);
        }

        if (file is { } chosen)
        {
            var content = new ByteArrayContent(chosen.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            body.Add(content, "Input.Attachment", chosen.Name);
        }

        return body;
    }

    public static string Action(IDocument page) =>
        page.QuerySelector("main form")?.GetAttribute("action") is { Length: > 0 } action ? action : new Uri(page.Url).PathAndQuery;

    /// <summary>The message at a field of the form, or null.</summary>
    public static string? ErrorAt(IDocument page, string field) =>
        page.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The value the part field offers for a part whose title contains <paramref name="title"/>.</summary>
    public static string PartKey(IDocument page, string title) =>
        page.QuerySelectorAll("select[name='Input.Part'] option").First(o => o.TextContent.Contains(title, StringComparison.Ordinal)).GetAttribute("value")!;
}
