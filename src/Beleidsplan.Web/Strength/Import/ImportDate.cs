using System.Globalization;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>The reference date: the one the text states ("formatie per 1 okt. 2023"), else the form's.</summary>
public static class ImportDate
{
    public static DateOnly? Resolve(FormationDraft draft, ImportModel.ImportInput input, ModelStateDictionary state)
    {
        DateOnly? form = null;
        if (!string.IsNullOrWhiteSpace(input.Peildatum))
        {
            if (!DateOnly.TryParseExact(input.Peildatum.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                state.AddModelError("Input.Peildatum", "Schrijf de peildatum als jjjj-mm-dd, bijvoorbeeld 2023-10-01.");
                return null;
            }

            form = parsed;
        }

        if (draft.ReferenceDate is { } stated)
        {
            if (form is { } f && f != stated)
            {
                state.AddModelError("Input.Peildatum", $"De tabellen noemen peildatum {Text(stated)}, maar hier staat {Text(f)}. Maak ze gelijk.");
                return null;
            }

            input.Peildatum = stated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return stated;
        }

        if (form is null && !draft.HasErrors)
        {
            state.AddModelError("Input.Peildatum", "Vul de peildatum in: de tabellen noemen er geen.");
        }

        return form;
    }

    public static string Text(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
}

/// <summary>Where the import leads.</summary>
public static class ImportUrls
{
    public static string Import(string slug) => $"/werkruimte/plannen/{slug}/sterkte/importeren";

    /// <summary>The import page with its success message; the formation page (views part) is linked from it.</summary>
    public static string Imported(string slug, DateOnly date) => $"{Import(slug)}?geimporteerd={date:yyyy-MM-dd}";

    public static string Formation(string slug, DateOnly date) => $"/werkruimte/plannen/{slug}/sterkte/formaties/{date:yyyy-MM-dd}";
}
