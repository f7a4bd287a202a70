using System.Globalization;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

/// <summary>Dates typed into the version forms: the browser's date field sends yyyy-MM-dd; a typed Dutch date (dd-mm-jjjj) is understood too.</summary>
public static class VersionDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    public static DateOnly? Parse(string? value, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = "Vul een datum in.";
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year < 2000 || date.Year > 2100)
        {
            problem = "Vul een geldige datum in, bijvoorbeeld 18-06-2018.";
            return null;
        }

        return date;
    }
}
