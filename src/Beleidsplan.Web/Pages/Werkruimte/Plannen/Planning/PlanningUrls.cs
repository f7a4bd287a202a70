namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Planning;

/// <summary>The addresses of a plan's planning: the timeline and a milestone's form.</summary>
public static class PlanningUrls
{
    public static string Timeline(string slug) => $"{WorkspaceUrls.Plan(slug)}/planning";

    public static string Milestone(string slug, int? id = null) =>
        $"{Timeline(slug)}/{id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nieuw"}";
}
