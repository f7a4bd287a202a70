using System.Globalization;
using Beleidsplan.Web.Strength;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>The workspace addresses of a plan's strength distribution, in one place.</summary>
public static class StrengthUrls
{
    public static string Overview(string slug) => $"{WorkspaceUrls.Plan(slug)}/sterkte";

    public static string Formation(string slug, DateOnly date) => $"{Overview(slug)}/formaties/{FormationQueries.Iso(date)}";

    public static string Xlsx(string slug, DateOnly date) => $"{Formation(slug, date)}/formatie.xlsx";

    public static string Csv(string slug, DateOnly date) => $"{Formation(slug, date)}/formatie.csv";

    public static string Compare(string slug, DateOnly? from = null, string? to = null) =>
        from is null ? $"{Overview(slug)}/vergelijken" : $"{Overview(slug)}/vergelijken?van={FormationQueries.Iso(from.Value)}&tot={Uri.EscapeDataString(to ?? "")}";

    public static string Changes(string slug) => $"{Overview(slug)}/wijzigingen";

    public static string Change(string slug, int? id = null) => $"{Changes(slug)}/{id?.ToString(CultureInfo.InvariantCulture) ?? "nieuw"}";

    public static string Projection(string slug, DateOnly? date = null) =>
        date is null ? $"{Overview(slug)}/projectie" : $"{Overview(slug)}/projectie?datum={FormationQueries.Iso(date.Value)}";

    /// <summary>The import part's page.</summary>
    public static string Import(string slug) => $"{Overview(slug)}/importeren";

    /// <summary>The publication part's wijkagent norm page.</summary>
    public static string Norm(string slug) => $"{Overview(slug)}/norm";
}
