using System.Globalization;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;

/// <summary>The day of the mayor's proposal ("gelezen het voorstel van de burgemeester van ..."), chosen on the documents page.</summary>
public static class ProposalDate
{
    /// <summary>Null without a problem when no date was given: the proposal then carries today's date.</summary>
    public static DateOnly? Parse(string? value, out string? problem)
    {
        problem = null;
        return string.IsNullOrWhiteSpace(value) ? null : VersionDates.Parse(value, out problem);
    }

    public static string Query(DateOnly? date) =>
        date is { } d ? $"?datum={d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
}
