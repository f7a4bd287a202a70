using AngleSharp;
using AngleSharp.Dom;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>Posts a page's form as multipart/form-data, as a browser does for a form with enctype multipart.</summary>
public static class MultipartSubmission
{
    public static async Task<(HttpResponseMessage Response, IDocument Page)> SubmitMultipartAsync(
        this Browser browser, IDocument page, IDictionary<string, string> changes)
    {
        var values = FormSubmission.Values(page);
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            body.Add(new StringContent(value), name);
        }

        var response = await browser.Client.PostAsync(new Uri(page.Url).PathAndQuery, body);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(page.Url));
        return (response, document);
    }
}
