using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Versions;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Versions.VersionSteps;
using DomainException = Beleidsplan.Web.Domain.DomainException;

namespace Beleidsplan.Tests.Versions;

[Collection(VersionsSite.Name)]
public class FreezingTests(AppFactory app)
{
    [Fact]
    public async Task A_frozen_version_holds_the_working_copy_of_that_moment_and_a_later_edit_does_not_change_it()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (subTheme, _, _, _) = await SubThemeAsync(app, 0);
        var before = $"Wat er bij het vastleggen stond ({Guid.NewGuid():N}).";
        var after = $"Wat er later kwam ({Guid.NewGuid():N}).";
        await EditSubThemeAsync(redacteur, subTheme, "Meaning", before);

        var number = await FreezeAsync(redacteur, "70%-versie", "Voor de consultatie van juni.");
        var workingCopy = await app.WithDbAsync(async db => PlanSnapshot.Capture((await new PlanQueries(db).LoadWorkingCopyAsync(Plan))!).ToJson());
        await EditSubThemeAsync(redacteur, subTheme, "Meaning", after);

        var stored = await app.WithDbAsync(db => db.PlanVersions.SingleAsync(v => v.Plan!.Slug == Plan && v.Number == number));
        stored.Snapshot.ShouldBe(workingCopy);
        stored.Label.ShouldBe("70%-versie");
        stored.Note.ShouldBe("Voor de consultatie van juni.");
        stored.IsPublished.ShouldBeFalse();
        var page = await PageAsync(redacteur, $"{VersionList}/{number}?vastgelegd=true");
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain($"versie {number}");
        page.QuerySelector("h1")!.TextContent.ShouldContain("70%-versie");
        var part = page.QuerySelector($"#deelthema-{subTheme}")!;
        part.TextContent.ShouldContain(before);
        part.TextContent.ShouldNotContain(after);
        var list = await PageAsync(redacteur, VersionList);
        var row = list.QuerySelector($"tr[data-number='{number}']")!;
        row.TextContent.ShouldContain("70%-versie");
        row.TextContent.ShouldContain("Voor de consultatie van juni.");
        row.TextContent.ShouldContain("Test Redacteur");
        row.TextContent.ShouldContain("Concept");
    }

    [Fact]
    public async Task A_version_shows_every_part_in_reading_order_each_with_its_anchor()
    {
        var member = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Zaanstad");
        var snapshot = await app.WithDbAsync(async db => (await db.PlanVersions.SingleAsync(v => v.Plan!.Slug == Plan && v.Number == 1)).Content());

        var page = await PageAsync(member, $"{VersionList}/1");

        var expected = VersionParts.Of(snapshot).Where(p => p.Key.Kind != PartKind.Cover).Select(p => p.Key.Anchor).ToList();
        expected.ShouldContain(a => a.StartsWith("hoofdstuk-", StringComparison.Ordinal));
        expected.ShouldContain(a => a.StartsWith("prioriteit-", StringComparison.Ordinal));
        expected.ShouldContain(a => a.StartsWith("deelthema-", StringComparison.Ordinal));
        page.QuerySelectorAll("section.version-part").Select(s => s.Id).ShouldBe(expected);
        var subTheme = snapshot.Priorities.SelectMany(p => p.SubThemes).First();
        page.QuerySelector($"#deelthema-{subTheme.Id} h3, #deelthema-{subTheme.Id} h4")!.TextContent.ShouldBe(subTheme.Title);
        var goal = snapshot.Priorities.SelectMany(p => p.Goals).First();
        var owner = goal.SubThemeId is { } id ? $"#deelthema-{id}" : $"#prioriteit-{snapshot.Priorities.Single(p => p.Goals.Contains(goal)).Id}";
        page.QuerySelector(owner)!.QuerySelectorAll(".goal__text").Select(g => g.TextContent).ShouldContain(goal.Text);
        page.QuerySelector("h1")!.TextContent.ShouldContain("Vastgestelde versie");
        page.QuerySelectorAll("main a").ShouldNotContain(a => a.TextContent.Contains("publiceren", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Wrong_input_gets_a_Dutch_message_at_its_field_and_freezes_nothing()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var count = await app.WithDbAsync(db => db.PlanVersions.CountAsync());
        var (_, form) = await redacteur.GetAsync($"{VersionList}/nieuw");
        form.QuerySelector("#Input_Date")!.GetAttribute("value").ShouldNotBeNullOrEmpty(); // today, by default

        var (empty, emptyPage) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Label"] = " ",
            ["Input.Date"] = "",
            ["Input.Note"] = new string('x', PlanVersion.NoteMaxLength + 1),
        });
        var (wrong, wrongPage) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Label"] = new string('x', PlanVersion.LabelMaxLength + 1),
            ["Input.Date"] = "31-02-2026",
        });

        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        emptyPage.QuerySelector("#naam-fout")!.TextContent.ShouldBe("Geef de versie een naam, bijvoorbeeld ‘70%-versie’.");
        emptyPage.QuerySelector("#datum-fout")!.TextContent.ShouldBe("Vul een datum in.");
        emptyPage.QuerySelector("#toelichting-fout")!.TextContent.ShouldBe("De toelichting is te lang: ten hoogste 2.000 tekens.");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        wrongPage.QuerySelector("#naam-fout")!.TextContent.ShouldBe("De naam is te lang: ten hoogste 100 tekens.");
        wrongPage.QuerySelector("#datum-fout")!.TextContent.ShouldBe("Vul een geldige datum in, bijvoorbeeld 18-06-2018.");
        (await app.WithDbAsync(db => db.PlanVersions.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task Redacteuren_freezing_at_the_same_moment_each_get_a_version_of_their_own()
    {
        var redacteuren = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestUsers.SignedInAsync(app, Role.Redacteur)));

        var numbers = await Task.WhenAll(redacteuren.Select((r, i) => FreezeAsync(r, $"Gelijktijdig {i}")));

        numbers.Distinct().Count().ShouldBe(4);
        var stored = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == Plan && v.Label.StartsWith("Gelijktijdig"))
            .Select(v => v.Number).ToListAsync());
        stored.ShouldBe(numbers, ignoreOrder: true);
    }

    [Fact]
    public async Task Members_read_versions_only_redacteuren_freeze_and_an_unknown_number_is_not_found()
    {
        var member = await TestUsers.SignedInAsync(app, Role.Partner);

        var list = await PageAsync(member, VersionList);
        await PageAsync(member, $"{VersionList}/9999", HttpStatusCode.NotFound);
        await PageAsync(member, $"{VersionList}/nieuw", HttpStatusCode.Forbidden);

        list.QuerySelector($"a[href='{VersionList}/1']").ShouldNotBeNull();
        list.QuerySelectorAll("main a").ShouldNotContain(a => a.GetAttribute("href")!.EndsWith("/nieuw", StringComparison.Ordinal));
        var dashboard = await PageAsync(member, $"/werkruimte/plannen/{Plan}");
        dashboard.QuerySelector($"a[href='{VersionList}']")!.TextContent.ShouldBe("Versies");
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_a_version_s_content_whatever_the_way()
    {
        var id = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == Plan && v.Number == 1).Select(v => v.Id).SingleAsync());
        var snapshot = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Id == id).Select(v => v.Snapshot).SingleAsync());

        await Should.ThrowAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"PlanVersions\" SET \"Snapshot\" = '{}' WHERE \"Id\" = {0}", id)));
        await Should.ThrowAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"PlanVersions\" SET \"Label\" = 'Vervalst' WHERE \"Id\" = {0}", id)));
        await Should.ThrowAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"PlanVersions\" WHERE \"Id\" = {0}", id)));
        await Should.ThrowAsync<DomainException>(() => app.WithDbAsync(async db =>
        {
            (await db.PlanVersions.SingleAsync(v => v.Id == id)).Note = "Achteraf gewijzigd";
            return await db.SaveChangesAsync();
        }));
        // Publication is not content: the trigger lets it change.
        (await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"PlanVersions\" SET \"IsPublished\" = \"IsPublished\" WHERE \"Id\" = {0}", id))).ShouldBe(1);
        (await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Id == id).Select(v => v.Snapshot).SingleAsync())).ShouldBe(snapshot);
    }
}
