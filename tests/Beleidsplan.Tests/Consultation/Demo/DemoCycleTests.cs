using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Demo;

/// <summary>The demo carries the cycle of the IMV 2024-2027: 90% and 95% versions, a consultation round, the adopted plan.</summary>
[Collection(DemoCycleSite.Name)]
public class DemoCycleTests(AppFactory app)
{
    private const string Slug = "imv-noord-holland-2024-2027";

    private Task<List<PlanVersion>> VersionsAsync() =>
        app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == Slug).OrderBy(v => v.Number).ToListAsync());

    [Fact]
    public async Task The_plan_has_its_90_and_95_percent_versions_and_the_adopted_version_is_published()
    {
        var versions = await VersionsAsync();

        versions.Select(v => (v.Number, v.Label)).ShouldBe([(1, "90%-versie"), (2, "95%-versie"), (3, "Vastgestelde versie")]);
        versions.Single(v => v.IsPublished).Number.ShouldBe(3);
        versions[2].AdoptedOn.ShouldBe(new DateOnly(2023, 11, 9));
        versions[2].AdoptedBy.ShouldBe("Regionaal Bestuurlijk Overleg Politie");
        versions.Take(2).ShouldAllBe(v => !v.IsAdopted && v.Note!.Contains("Demovoorbeeld: tussenversie gereconstrueerd"));
        versions.Take(2).ShouldAllBe(v => v.Note!.Contains("aanname"));
        versions.Select(v => v.Date).ShouldBeInOrder();
        var (_, page) = await app.GetPageAsync($"/plannen/{Slug}");
        page.QuerySelector(".version-banner")!.TextContent.ShouldContain("Vastgesteld op 9 november 2023");
    }

    [Fact]
    public async Task The_earlier_versions_differ_from_the_adopted_text_where_the_file_says_and_nowhere_else()
    {
        var versions = await VersionsAsync();
        var (v90, v95, adopted) = (versions[0].Content(), versions[1].Content(), versions[2].Content());

        Chapter(v90, "overkoepelende-ontwikkelingen").Title.ShouldBe("Ontwikkelingen die alle thema's raken");
        Chapter(v95, "overkoepelende-ontwikkelingen").Title.ShouldBe("Overkoepelende ontwikkelingen");
        Priority(v95, "maatschappelijke-onrust-en-radicalisering").Title.ShouldBe("Verbinding met de samenleving en maatschappelijke onrust");
        Priority(adopted, "maatschappelijke-onrust-en-radicalisering").Title.ShouldBe("Maatschappelijke onrust en radicalisering");
        Chapter(v95, "wijze-van-samenwerken").Body!.ShouldContain("Veiligheidsalliantie");
        Chapter(adopted, "wijze-van-samenwerken").Body!.ShouldContain("NHVeilig");
        v95.Chapters.ShouldNotContain(c => c.Slug == "formatie-totaal");
        adopted.Chapters.ShouldContain(c => c.Slug == "formatie-totaal");
        Goals(v90, "ondermijning", "criminele-geldstromen").ShouldNotContain(g => g.Contains("25%"));
        Goals(v95, "ondermijning", "criminele-geldstromen").ShouldContain(g => g.Contains("25%"));
        Chapter(v90, "wijze-van-samenwerken").Body!.ShouldNotContain("medewerkers openbare orde en veiligheid");
        Chapter(v95, "wijze-van-samenwerken").Body!.ShouldContain("medewerkers openbare orde en veiligheid");

        // What no edit names is the plan's own text in every version.
        Chapter(v90, "inleiding").Body.ShouldBe(Chapter(adopted, "inleiding").Body);
        Priority(v90, "jeugd-en-veiligheid").ShouldBeEquivalentTo(Priority(adopted, "jeugd-en-veiligheid"));
        v90.Chapters.Select(c => c.Id).ShouldBeSubsetOf(adopted.Chapters.Select(c => c.Id));
    }

    [Fact]
    public async Task The_90_percent_version_reads_on_the_public_site_as_a_concept_when_it_is_published()
    {
        await TestVersions.RepublishAsync(app, Slug, 1);
        try
        {
            var (_, cover) = await app.GetPageAsync($"/plannen/{Slug}");
            var (_, priority) = await app.GetPageAsync($"/plannen/{Slug}/prioriteiten/maatschappelijke-onrust-en-radicalisering");
            var (missing, _) = await app.GetPageAsync($"/plannen/{Slug}/formatie-totaal");
            var (_, subTheme) = await app.GetPageAsync($"/plannen/{Slug}/prioriteiten/ondermijning/criminele-geldstromen");

            cover.QuerySelector(".version-banner")!.TextContent.ShouldContain("U leest de 90%-versie van 15 juni 2023");
            var menu = cover.QuerySelectorAll("nav[aria-label='Inhoud van het plan'] a").Select(a => a.TextContent.Trim()).ToList();
            menu.ShouldContain("Ontwikkelingen die alle thema's raken");
            menu.ShouldNotContain(m => m.Contains("Formatie", StringComparison.Ordinal));
            priority.QuerySelector("h1")!.TextContent.ShouldContain("Verbinding met de samenleving en maatschappelijke onrust");
            missing.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
            subTheme.QuerySelectorAll(".goal__text").Select(g => g.TextContent).ShouldNotContain(g => g.Contains("25%"));
        }
        finally
        {
            await TestVersions.RepublishAsync(app, Slug, 3);
        }

        var (_, adopted) = await app.GetPageAsync($"/plannen/{Slug}/prioriteiten/ondermijning/criminele-geldstromen");
        adopted.QuerySelectorAll(".goal__text").Select(g => g.TextContent).ShouldContain(g => g.Contains("25%"));
    }

    [Fact]
    public async Task The_round_on_the_90_percent_version_has_handled_reactions_from_several_organisations_one_late()
    {
        var round = await app.WithDbAsync(db => db.ConsultationRounds.Include(r => r.PlanVersion).Include(r => r.Invitees)
            .Include(r => r.Reactions).ThenInclude(r => r.ChangedInVersion).SingleAsync(r => r.Plan!.Slug == Slug && r.Purpose == RoundPurpose.Consultation));
        var reactions = round.Reactions;

        round.PlanVersion!.Label.ShouldBe("90%-versie");
        round.Introduction.ShouldStartWith("Demovoorbeeld: de reacties in deze ronde zijn verzonnen voorbeelden");
        round.IsClosed.ShouldBeTrue();
        reactions.Count.ShouldBeInRange(12, 20);
        reactions.Select(r => r.OrganisationName).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        reactions.ShouldContain(r => r.IsLate);
        reactions.ShouldAllBe(r => r.Handling != null);
        reactions.Select(r => r.Handling!.Value).Distinct().Count().ShouldBe(Enum.GetValues<HandlingStatus>().Length);
        reactions.Select(r => r.Kind).Distinct().Count().ShouldBe(Enum.GetValues<ReactionKind>().Length);
        reactions.Where(r => r.Handling == HandlingStatus.Processed).ShouldAllBe(r => r.ChangedInVersion!.Label == "95%-versie" && r.ChangedPartId != null);
        reactions.ShouldContain(r => r.Passage != null && r.PartKind != PartKind.WholePlan);
        round.Invitees.Select(i => i.Group).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        round.Invitees.ShouldAllBe(i => i.Email.EndsWith("@example.nl") && i.TokenHash.Length == 64);
    }

    [Fact]
    public async Task Every_quoted_passage_is_in_the_text_of_the_version_reacted_on()
    {
        var versions = await VersionsAsync();
        var reactions = await app.WithDbAsync(db => db.Reactions.Where(r => r.Passage != null && r.Round!.Plan!.Slug == Slug).ToListAsync());
        var content = versions[0].Content();
        var texts = string.Join(' ', content.Chapters.Select(c => c.Body).Concat(content.Priorities.SelectMany(p => p.SubThemes.Select(s => s.Sections.WhyPriority))));
        var flat = string.Join(' ', texts.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        reactions.Count.ShouldBeGreaterThanOrEqualTo(3);
        reactions.ShouldAllBe(r => flat.Contains(r.Passage!));
    }

    private static ChapterSnapshot Chapter(PlanSnapshot content, string slug) => content.Chapters.Single(c => c.Slug == slug);

    private static PrioritySnapshot Priority(PlanSnapshot content, string slug) => content.Priorities.Single(p => p.Slug == slug);

    private static List<string> Goals(PlanSnapshot content, string priority, string subTheme)
    {
        var p = Priority(content, priority);
        var id = p.SubThemes.Single(s => s.Slug == subTheme).Id;
        return [.. p.Goals.Where(g => g.SubThemeId == id).Select(g => g.Text)];
    }
}
