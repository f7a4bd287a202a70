using Beleidsplan.Web.Domain.Lifecycle;

namespace Beleidsplan.Web.Lifecycle;

/// <summary>The lifecycle's addresses, in the workspace and on the public site.</summary>
public static class LifecycleUrls
{
    public static string Decisions(string slug) => $"/werkruimte/plannen/{slug}/besluiten";

    public static string Record(string slug, DecisionKind kind) => $"{Decisions(slug)}/nieuw/{kind.ToCode()}";

    public static string Minister(string slug) => $"{Decisions(slug)}/minister";

    public static string Checklist(string slug) => $"/werkruimte/plannen/{slug}/wettelijke-toets";

    public static string PublicDecisions(string slug) => $"/plannen/{slug}/besluiten";

    public static string PublicChecklist(string slug) => $"/plannen/{slug}/wettelijke-toets";
}
