namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>The addresses of hearing the councils on a plan's draft, in the workspace and on the public site.</summary>
public static class CouncilUrls
{
    public static string Overview(string slug) => $"{WorkspaceUrls.Plan(slug)}/gemeenteraden";

    public static string Send(string slug) => $"{Overview(slug)}/versturen";

    public static string Hearing(string slug, string cbsCode) => $"{Overview(slug)}/{cbsCode}";

    public static string Document(string slug, string cbsCode) => $"{Hearing(slug, cbsCode)}/besluit";

    public static string Xlsx(string slug) => $"{Overview(slug)}.xlsx";

    public static string Public(string slug) => $"/plannen/{slug}/gemeenteraden";
}
