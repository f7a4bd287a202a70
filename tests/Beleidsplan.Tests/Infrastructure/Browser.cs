using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>
/// One visitor over HTTPS with a cookie jar, as a browser would be: the app's cookies are Secure,
/// so they only travel over HTTPS. Forms are posted with the antiforgery token the page gave.
/// </summary>
public sealed class Browser(AppFactory app)
{
    public HttpClient Client { get; } = app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
    });

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string url) => await ReadAsync(await Client.GetAsync(url));

    /// <summary>Fills the page's form with the fields given and posts it with its own hidden fields.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> SubmitAsync(
        IDocument page, IDictionary<string, string> fields, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        return await ReadAsync(await Client.PostAsync(action, new FormUrlEncodedContent(values)));
    }

    internal static async Task<(HttpResponseMessage, IDocument)> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var url = response.RequestMessage!.RequestUri!.ToString();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(url));
        return (response, document);
    }
}
