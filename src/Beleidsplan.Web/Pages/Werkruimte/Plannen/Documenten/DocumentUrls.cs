namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;

/// <summary>The addresses of a plan's generated documents.</summary>
public static class DocumentUrls
{
    public static string Documents(string slug) => $"{WorkspaceUrls.Plan(slug)}/documenten";

    /// <summary>A municipality's council proposal, by its CBS code (GM0377).</summary>
    public static string CouncilProposal(string slug, string cbsCode) => $"{Documents(slug)}/raadsvoorstel/{cbsCode.ToLowerInvariant()}";

    public static string Letter(string slug) => $"{Documents(slug)}/brief-regioburgemeester";
}
