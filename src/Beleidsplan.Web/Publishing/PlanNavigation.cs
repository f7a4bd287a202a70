using Beleidsplan.Web.Domain;

namespace Beleidsplan.Web.Publishing;

public enum PageKind
{
    Cover,
    Chapter,
    Priority,
    SubTheme,
}

/// <summary>One page of a plan in reading order.</summary>
public record PlanPage(PageKind Kind, string Title, string Url, int Level, string Key);

/// <summary>The plan's reading order: cover, chapters, and the priorities with their sub-themes
/// where the chapter of kind Priorities stands. Drives the menu, breadcrumb and previous/next.</summary>
public class PlanNavigation
{
    public PlanNavigation(Plan plan)
    {
        Plan = plan;
        var pages = new List<PlanPage> { new(PageKind.Cover, "Voorpagina", Urls.Plan(plan.Slug), 0, "voorpagina") };
        foreach (var chapter in plan.Chapters.Where(c => c.ParentId is null).OrderBy(c => c.Position))
        {
            AddChapter(pages, plan, chapter, 0);
        }

        if (!plan.Chapters.Any(c => c.Kind == ChapterKind.Priorities))
        {
            AddPriorities(pages, plan, 0);
        }

        Pages = pages;
    }

    public Plan Plan { get; }

    public IReadOnlyList<PlanPage> Pages { get; }

    public static string ChapterKey(Chapter c) => $"h:{c.Slug}";

    public static string PriorityKey(Priority p) => $"p:{p.Slug}";

    public static string SubThemeKey(Priority p, SubTheme s) => $"d:{p.Slug}/{s.Slug}";

    public PlanPage? Previous(string key) => Neighbour(key, -1);

    public PlanPage? Next(string key) => Neighbour(key, 1);

    public PlanPage? Find(string key) => Pages.FirstOrDefault(p => p.Key == key);

    private PlanPage? Neighbour(string key, int step)
    {
        var index = Pages.ToList().FindIndex(p => p.Key == key);
        var neighbour = index + step;
        return index < 0 || neighbour < 0 || neighbour >= Pages.Count ? null : Pages[neighbour];
    }

    private static void AddChapter(List<PlanPage> pages, Plan plan, Chapter chapter, int level)
    {
        pages.Add(new PlanPage(PageKind.Chapter, chapter.Title, Urls.Chapter(plan.Slug, chapter.Slug), level, ChapterKey(chapter)));
        if (chapter.Kind == ChapterKind.Priorities)
        {
            AddPriorities(pages, plan, level + 1);
        }

        foreach (var child in plan.Chapters.Where(c => c.ParentId == chapter.Id).OrderBy(c => c.Position))
        {
            AddChapter(pages, plan, child, level + 1);
        }
    }

    private static void AddPriorities(List<PlanPage> pages, Plan plan, int level)
    {
        foreach (var priority in plan.Priorities.OrderBy(p => p.Position))
        {
            pages.Add(new PlanPage(PageKind.Priority, $"Prioriteit {priority.Number}: {priority.Title}",
                Urls.Priority(plan.Slug, priority.Slug), level, PriorityKey(priority)));
            foreach (var subTheme in priority.SubThemes.OrderBy(s => s.Position))
            {
                pages.Add(new PlanPage(PageKind.SubTheme, subTheme.Title,
                    Urls.SubTheme(plan.Slug, priority.Slug, subTheme.Slug), level + 1, SubThemeKey(priority, subTheme)));
            }
        }
    }
}

/// <summary>The public site's Dutch URLs, in one place.</summary>
public static class Urls
{
    public static string Plan(string plan) => $"/plannen/{plan}";

    public static string Chapter(string plan, string chapter) => $"/plannen/{plan}/{chapter}";

    public static string Priority(string plan, string priority) => $"/plannen/{plan}/prioriteiten/{priority}";

    public static string SubTheme(string plan, string priority, string subTheme) =>
        $"/plannen/{plan}/prioriteiten/{priority}/{subTheme}";

    public static string Search(string plan) => $"/plannen/{plan}/zoeken";

    public static string Print(string plan) => $"/plannen/{plan}/afdrukken";

    public static string Pdf(string plan) => $"/plannen/{plan}/pdf";

    public static string Strength(string plan) => $"/plannen/{plan}/sterkteverdeling";

    /// <summary>Chapter slugs that would collide with the plan's own pages.</summary>
    public static readonly string[] ReservedChapterSlugs = ["zoeken", "afdrukken", "pdf", "besluiten", "wettelijke-toets", "gemeenteraden", "sterkteverdeling"];
}
