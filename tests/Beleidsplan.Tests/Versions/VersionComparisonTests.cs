using System.Diagnostics;
using System.Text.Encodings.Web;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Versions;

namespace Beleidsplan.Tests.Versions;

/// <summary>The comparison of two versions on its own: snapshots in, parts and word differences out, no database.</summary>
public class VersionComparisonTests
{
    private static SectionsSnapshot Sections(string? meaning = null, string? approach = null) => new(null, meaning, null, null, null, approach);

    private static ChapterSnapshot Chapter(int id, int position, string title, string? body = null, ChapterKind kind = ChapterKind.Text) =>
        new(id, null, position, $"h{id}", title, kind, body);

    private static PrioritySnapshot Priority(int id, int position, string title, SectionsSnapshot? sections = null,
        IReadOnlyList<SubThemeSnapshot>? subThemes = null, IReadOnlyList<GoalSnapshot>? goals = null) =>
        new(id, position, position, $"p{id}", title, sections ?? Sections(), subThemes ?? [], goals ?? [], [], []);

    private static SubThemeSnapshot SubTheme(int id, int position, string title, string? meaning = null) =>
        new(id, position, $"d{id}", title, Sections(meaning));

    private static PlanSnapshot Plan(IReadOnlyList<ChapterSnapshot> chapters, IReadOnlyList<PrioritySnapshot> priorities) =>
        new("Beleidsplan", "IMV", 2024, 2027, null, null, "Samenvatting.", chapters, priorities, []);

    private static PlanSnapshot Base() => Plan(
        [Chapter(1, 1, "Inleiding", "Dit plan gaat over veiligheid."), Chapter(2, 2, "Prioriteiten", kind: ChapterKind.Priorities), Chapter(3, 3, "Bijlagen", "Een lijst.")],
        [Priority(10, 1, "Ondermijning", Sections("De politie pakt drugshandel aan."),
            [SubTheme(100, 1, "Drugs", "Productie en handel."), SubTheme(101, 2, "Witwassen", "Geld uit misdaad.")])]);

    [Fact]
    public void Identical_versions_have_every_part_unchanged()
    {
        var result = VersionComparison.Compare(Base(), Base());

        result.Parts.Select(p => p.Key.Anchor).ShouldBe(["voorpagina", "hoofdstuk-1", "hoofdstuk-2", "prioriteit-10", "deelthema-100", "deelthema-101", "hoofdstuk-3"]);
        result.Count(PartChange.Unchanged).ShouldBe(7);
        result.Parts.ShouldAllBe(p => p.Fields.Count == 0);
    }

    [Fact]
    public void A_renamed_part_is_changed_not_removed_and_added_and_its_title_differs_word_by_word()
    {
        var newer = Base() with { Chapters = [Chapter(1, 1, "Inleiding en leeswijzer", "Dit plan gaat over veiligheid."), .. Base().Chapters.Skip(1)] };

        var result = VersionComparison.Compare(Base(), newer);

        var chapter = result.Parts.Single(p => p.Key == new PartKey(PartKind.Chapter, 1));
        chapter.Change.ShouldBe(PartChange.Changed);
        chapter.Title.ShouldBe("Inleiding en leeswijzer");
        chapter.Fields.Single().Label.ShouldBe("Titel");
        // A word carries its following space: the newer "Inleiding " is the older "Inleiding".
        chapter.Fields.Single().Segments.ShouldBe([new DiffSegment(DiffKind.Same, "Inleiding ", "Inleiding"), new DiffSegment(DiffKind.Inserted, "en leeswijzer")]);
        (result.Count(PartChange.Added), result.Count(PartChange.Removed), result.Count(PartChange.Changed)).ShouldBe((0, 0, 1));
    }

    [Fact]
    public void Changed_words_are_deleted_and_inserted_and_the_rest_stays()
    {
        var segments = TextDiff.Compare("De politie pakt drugshandel samen aan.", "De politie pakt ondermijning samen hard aan.");

        string.Concat(segments.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Older)).ShouldBe("De politie pakt drugshandel samen aan.");
        string.Concat(segments.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)).ShouldBe("De politie pakt ondermijning samen hard aan.");
        segments.Where(s => s.Kind == DiffKind.Deleted).Select(s => s.Text.Trim()).ShouldBe(["drugshandel"]);
        segments.Where(s => s.Kind == DiffKind.Inserted).Select(s => s.Text.Trim()).ShouldBe(["ondermijning", "hard"]);
    }

    [Fact]
    public void A_part_only_in_the_newer_is_added_and_one_only_in_the_older_is_removed_where_it_stood()
    {
        var newer = Base() with
        {
            Chapters = [Base().Chapters[1], Base().Chapters[2]], // the introduction is gone
            Priorities = [Priority(10, 1, "Ondermijning", Sections("De politie pakt drugshandel aan."),
                [SubTheme(101, 1, "Witwassen", "Geld uit misdaad."), SubTheme(102, 2, "Mensenhandel", "Uitbuiting.")])], // drugs gone, one new
        };

        var result = VersionComparison.Compare(Base(), newer);

        result.Parts.Select(p => (p.Key.Anchor, p.Change)).ShouldBe(
        [
            ("voorpagina", PartChange.Unchanged), ("hoofdstuk-1", PartChange.Removed), ("hoofdstuk-2", PartChange.Unchanged),
            ("prioriteit-10", PartChange.Unchanged), ("deelthema-100", PartChange.Removed), ("deelthema-101", PartChange.Unchanged),
            ("deelthema-102", PartChange.Added), ("hoofdstuk-3", PartChange.Unchanged),
        ]);
        var added = result.Parts.Single(p => p.Change == PartChange.Added);
        added.Fields.Select(f => f.Label).ShouldBe(["Titel", "Wat verstaan we eronder?"]);
        added.Fields.ShouldAllBe(f => f.Segments.All(s => s.Kind == DiffKind.Inserted));
        result.Parts.Single(p => p.Key.Anchor == "hoofdstuk-1").Fields.ShouldContain(f => f.Label == "Tekst" && f.Segments.Single().Kind == DiffKind.Deleted);
    }

    [Fact]
    public void Every_text_counts_the_six_sections_goals_and_activities_included()
    {
        var older = Base();
        var priority = older.Priorities[0];
        var newer = older with
        {
            Priorities = [priority with
            {
                Sections = priority.Sections with { Introduction = "Nieuwe inleiding.", Approach = "Samen optrekken." },
                Goals = [new GoalSnapshot(1, 100, 1, "Minder drugslabs", "Aantal labs", 10, "labs", 2027)],
                Activities = [new ActivitySnapshot(1, null, 1, Web.Domain.ActivityKind.Activity, "Voorlichting", "Op scholen.")],
            }],
        };

        var result = VersionComparison.Compare(older, newer);

        result.Parts.Single(p => p.Key.Anchor == "prioriteit-10").Fields.Select(f => f.Label)
            .ShouldBe(["Inleiding", "Wat gaan we doen?", "Activiteiten"]);
        var goals = result.Parts.Single(p => p.Key.Anchor == "deelthema-100").Fields.Single();
        goals.Label.ShouldBe("Doelen");
        goals.Segments.Single().Text.ShouldContain("Minder drugslabs\nStreefwaarde: 10 labs (2027)\nIndicator: Aantal labs");
        result.Count(PartChange.Changed).ShouldBe(2);
    }

    [Fact]
    public void Whitespace_alone_is_no_change()
    {
        var newer = Base() with { Chapters = [Chapter(1, 1, "Inleiding", "Dit plan  gaat\nover veiligheid."), .. Base().Chapters.Skip(1)] };

        VersionComparison.Compare(Base(), newer).Count(PartChange.Unchanged).ShouldBe(7);
    }

    [Fact]
    public void Html_in_a_version_is_encoded_in_the_difference()
    {
        var field = new FieldDiff("Tekst", TextDiff.Compare("Veilig <b>wonen</b>", "Veilig <script>alert(1)</script> wonen"));

        var html = new[] { DiffHtml.Inline(field), DiffHtml.Older(field), DiffHtml.Newer(field) }.Select(Render).ToList();

        html.ShouldAllBe(h => !h.Contains("<script", StringComparison.Ordinal) && !h.Contains("<b>", StringComparison.Ordinal));
        html[0].ShouldContain("&lt;");
        html[2].ShouldContain("alert");
        html[0].ShouldContain("<ins>");
        html[1].ShouldContain("<del>");
        html[1].ShouldNotContain("<ins>");
        html[2].ShouldNotContain("<del>");
    }

    [Fact]
    public void A_whole_plan_of_thirty_long_parts_compares_in_well_under_a_few_seconds()
    {
        var words = Enumerable.Range(0, 3000).Select(i => $"woord{i % 400}").ToArray();
        string Text(int part, bool edited) => string.Join(" ", words.Select((w, i) => edited && i % 50 == part % 50 ? "anders" : w));
        PlanSnapshot Make(bool edited) => Plan([], [.. Enumerable.Range(1, 30).Select(p => Priority(p, p, $"Prioriteit {p}", Sections(Text(p, edited), Text(p + 1, edited))))]);
        var (older, newer) = (Make(false), Make(true));
        var rewritten = Plan([], [Priority(1, 1, "Alles anders", Sections(string.Join(" ", words.Reverse())))]);

        var clock = Stopwatch.StartNew();
        var result = VersionComparison.Compare(older, newer);
        VersionComparison.Compare(Plan([], [Priority(1, 1, "Alles anders", Sections(string.Join(" ", words)))]), rewritten);
        clock.Stop();

        result.Count(PartChange.Changed).ShouldBe(30);
        result.Parts[1].Fields[0].Segments.Count(s => s.Kind == DiffKind.Inserted).ShouldBe(60);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10)); // measured well under 1 s; a quadratic blow-up takes minutes
    }

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
