using System.Net.Http.Headers;
using AngleSharp.Dom;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>Posts a file as a browser does: multipart/form-data with the form's own hidden fields.</summary>
public static class MultipartForms
{
    /// <summary>
    /// Posts <paramref name="content"/> as the field <paramref name="field"/>, with the hidden fields
    /// (the antiforgery token) of the form on <paramref name="page"/>, to the form's action or to
    /// <paramref name="action"/> when given. Without <paramref name="withToken"/> the hidden fields are left out.
    /// </summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> UploadAsync(
        this Browser browser, IDocument page, string fileName, byte[] content,
        string field = "Upload", string formSelector = "main form", string? action = null, bool withToken = true)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        using var body = new MultipartFormDataContent();
        if (withToken)
        {
            foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null))
            {
                body.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
            }
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream"); // as a browser sends an unknown type
        body.Add(file, field, fileName);
        var target = action ?? (form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery);
        return await Browser.ReadAsync(await browser.Client.PostAsync(target, body));
    }
}
