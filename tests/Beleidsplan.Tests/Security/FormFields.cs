using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Beleidsplan.Tests.Security;

/// <summary>Everything a browser would send for a form as it stands: inputs, selections and text areas.</summary>
public static class FormFields
{
    public const string TokenField = "__RequestVerificationToken";

    public static Dictionary<string, string> Of(IDocument page, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = new Dictionary<string, string>();
        foreach (var control in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = control.GetAttribute("name")!;
            switch (control)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" }:
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.SelectedOptions.Length > 0 ? select.SelectedOptions[0]!.Value : select.Options.Length > 0 ? select.Options[0]!.Value : "";
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
            }
        }

        return fields;
    }

    public static string Action(IDocument page, string formSelector = "main form") =>
        page.QuerySelector(formSelector)?.GetAttribute("action") is { Length: > 0 } action ? action : new Uri(page.Url).PathAndQuery;
}
