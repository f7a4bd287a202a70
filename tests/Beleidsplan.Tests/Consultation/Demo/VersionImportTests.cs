using Beleidsplan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Demo;

[Collection(DemoCycleSite.Name)]
public class VersionImportTests(AppFactory app)
{
    private const string TwoVersions = """
        versies:
          - label: 70%-versie
            datum: 2027-06-18
            toelichting: Eerste concept.
            wijzigingen:
              - hoofdstuk: inleiding
                veld: tekst
                vervang: "De partners werken samen\n  aan een veilige regio."
                door: De partners werken aan een veilige regio.
              - hoofdstuk: inleiding
                veld: tekst
                vervang: Ieder doet mee.
                door: ""
              - prioriteit: veilig
                veld: probleem
                vervang: vooral 's avonds
                door: soms ook overdag
              - prioriteit: veilig
                doel: 2
                weglaten: true
              - hoofdstuk: cijfers
                weglaten: true
              - deelthema: veilig/wijken
                veld: titel
                vervang: Wijken
                door: Buurten
          - label: Vastgestelde versie
            datum: 2027-11-10
            vastgesteld: {op: 2027-11-10, door: RBOP}
            gepubliceerd: true
        """;

    [Fact]
    public async Task Versions_are_the_files_edited_back_and_the_published_one_is_the_public_plan()
    {
        using var folder = new ContentFolder(app, "versies-geldig").WithPlan().Write("versies.yaml", TwoVersions);

        await folder.LoadAsync();

        var versions = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == folder.Slug).OrderBy(v => v.Number).ToListAsync());
        versions.Select(v => (v.Number, v.Label, v.IsPublished)).ShouldBe([(1, "70%-versie", false), (2, "Vastgestelde versie", true)]);
        versions[1].AdoptedOn.ShouldBe(new DateOnly(2027, 11, 10));
        versions[1].FrozenBy.ShouldBe("Import");
        var draft = versions[0].Content();
        draft.Chapters.Select(c => c.Slug).ShouldBe(["inleiding"]);
        draft.Chapters[0].Body.ShouldBe("De partners werken aan een veilige regio.");
        draft.Priorities[0].Sections.Problem.ShouldBe("Overlast in wijken,\nsoms ook overdag.");
        draft.Priorities[0].Goals.Select(g => g.Text).ShouldBe(["Minder overlast"]);
        draft.Priorities[0].SubThemes[0].Title.ShouldBe("Buurten");
        var adopted = versions[1].Content();
        adopted.Chapters.Count.ShouldBe(2);
        adopted.Priorities[0].Goals.Count.ShouldBe(2);
        draft.Priorities[0].SubThemes[0].Id.ShouldBe(adopted.Priorities[0].SubThemes[0].Id); // parts keep their working-copy ids

        var (_, page) = await app.GetPageAsync($"/plannen/{folder.Slug}");
        page.QuerySelector(".version-banner")!.TextContent.ShouldContain("Vastgesteld op 10 november 2027");
    }

    [Fact]
    public async Task An_edit_whose_text_is_missing_fails_the_import_naming_file_version_and_part()
    {
        using var folder = new ContentFolder(app, "versies-zoek").WithPlan().Write("versies.yaml", """
            versies:
              - label: 90%-versie
                datum: 2027-06-15
                wijzigingen:
                  - deelthema: veilig/wijken
                    veld: watGaanWeDoen
                    vervang: Samenwerken met ondernemers.
                    door: Samenwerken.
              - label: Vastgesteld
                datum: 2027-11-10
                gepubliceerd: true
            """);

        var errors = await folder.ErrorsAsync();

        errors.ShouldContain($"{folder.File("versies.yaml")}: versie '90%-versie', wijzigingen[1] (deelthema 'veilig/wijken', veld 'watGaanWeDoen'): "
            + "de te vervangen tekst 'Samenwerken met ondernemers.' komt niet voor. (gezocht in de tekst van versie 'Vastgesteld')");
        (await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Slug == folder.Slug))).ShouldBeFalse();
    }

    [Fact]
    public async Task Two_published_versions_a_bad_date_and_unknown_parts_and_fields_are_reported_together()
    {
        using var folder = new ContentFolder(app, "versies-fout").WithPlan().Write("versies.yaml", """
            versies:
              - label: 90%-versie
                datum: 15-06-2027
                gepubliceerd: true
                wijzigingen:
                  - hoofdstuk: bestaat-niet
                    veld: tekst
                    vervang: x
                    door: y
                  - prioriteit: veilig
                    veld: samenvatting
                    vervang: x
                    door: y
                  - prioriteit: veilig
                    doel: 7
                    weglaten: true
                  - hoofdstuk: inleiding
                    veld: tekst
                    vervang: a
                    door: b
                  - hoofdstuk: inleiding
                    veld: tekst
                    vervang: Ieder doet mee.
              - label: Vastgesteld
                datum: 2027-11-10
                vastgesteld: {op: 2027-11-11, door: RBOP}
                gepubliceerd: true
            """);

        var errors = string.Join('\n', await folder.ErrorsAsync());

        var file = folder.File("versies.yaml");
        errors.ShouldContain($"{file}: veld 'versies[1].datum' '15-06-2027' is geen datum in de vorm jjjj-mm-dd.");
        errors.ShouldContain($"{file}: precies één versie heeft 'gepubliceerd: true'; nu zijn dat er 2.");
        errors.ShouldContain($"{file}: versies[2].vastgesteld.op (2027-11-11) wijkt af van 'vastgesteldOp' in plan.md (2027-11-10).");
        errors.ShouldContain("wijzigingen[1] (hoofdstuk 'bestaat-niet', veld 'tekst'): hoofdstuk 'bestaat-niet' bestaat niet in deze versie.");
        errors.ShouldContain("wijzigingen[2] (prioriteit 'veilig', veld 'samenvatting'): veld 'samenvatting' bestaat hier niet; kies uit titel, inleiding");
        errors.ShouldContain("wijzigingen[3] (doel 7 van prioriteit 'veilig'): doel 7 bestaat niet; dit onderdeel heeft er 2 in deze versie.");
        errors.ShouldContain("wijzigingen[4] (hoofdstuk 'inleiding', veld 'tekst'): de te vervangen tekst 'a' komt 4 keer voor; citeer meer tekst");
        errors.ShouldContain("wijzigingen[5] (hoofdstuk 'inleiding', veld 'tekst'): veld 'door' ontbreekt");
        (await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Slug == folder.Slug))).ShouldBeFalse();
    }
}
