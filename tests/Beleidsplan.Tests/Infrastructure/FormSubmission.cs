using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>Posts a form the way a browser does: every field with its current value, changed where given.</summary>
public static class FormSubmission
{
    public static Dictionary<string, string> Values(IDocument page, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "checkbox" or "radio") || input.IsChecked:
                    values[input.Name!] = input.Value;
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    values[area.Name!] = area.Value;
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    values[select.Name!] = select.Value ?? "";
                    break;
            }
        }

        return values;
    }

    public static async Task<(HttpResponseMessage Response, IDocument Page)> SubmitAllAsync(
        this Browser browser, IDocument page, IDictionary<string, string> changes, string? handler = null)
    {
        var values = Values(page);
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        var form = page.QuerySelector("main form")!;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        if (handler is not null)
        {
            action += (action.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        }

        var response = await browser.Client.PostAsync(action, new FormUrlEncodedContent(values));
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default)
            .OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!.ToString()));
        return (response, document);
    }
}
