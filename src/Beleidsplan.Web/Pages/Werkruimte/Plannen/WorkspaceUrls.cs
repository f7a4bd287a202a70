namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>The workspace's addresses for a plan's parts, in one place.</summary>
public static class WorkspaceUrls
{
    public static string Plan(string slug) => $"/werkruimte/plannen/{slug}";

    public static string Details(string slug) => $"{Plan(slug)}/gegevens";

    public static string Chapter(string slug, int? id = null) => $"{Plan(slug)}/hoofdstukken/{Id(id)}";

    public static string Priority(string slug, int? id = null) => $"{Plan(slug)}/prioriteiten/{Id(id)}";

    public static string SubTheme(string slug, int? id = null) => $"{Plan(slug)}/deelthemas/{Id(id)}";

    public static string Goal(string slug, int? id = null) => $"{Plan(slug)}/doelen/{Id(id)}";

    public static string Activity(string slug, int? id = null) => $"{Plan(slug)}/activiteiten/{Id(id)}";

    public static string Delete(string slug, string kind, int id) => $"{Plan(slug)}/verwijderen/{kind}/{id}";

    public static string Attachments(string slug) => $"{Plan(slug)}/bijlagen";

    public static string Move(string slug) => $"{Plan(slug)}/volgorde";

    public static string History(string slug, string? itemType = null, int? itemId = null) =>
        itemType is null ? $"{Plan(slug)}/geschiedenis" : $"{Plan(slug)}/geschiedenis?soort={itemType}&id={itemId}";

    private static string Id(int? id) => id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nieuw";
}

/// <summary>What the editor header shows: the way back, and the item's history when it exists.</summary>
public sealed record EditorHeader(Beleidsplan.Web.Accounts.PlanScope Scope, string? ItemType = null, int? ItemId = null);
