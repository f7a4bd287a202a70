using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Strength.Import.ImportPages;

namespace Beleidsplan.Tests.Strength.Import;

[Collection(StrengthImportSite.Name)]
public class ImportPageTests(AppFactory app)
{
    private static readonly DateOnly SeedDate = new(2023, 10, 1);

    private static readonly Dictionary<string, string> Koppelingen = new()
    {
        ["Input.Koppelingen[0].Groep"] = "Eenheid Noord-Holland",
        ["Input.Koppelingen[1].Groep"] = "Staf regionale eenheid",
    };

    [Fact]
    public async Task The_demo_formation_is_the_seed_with_its_findings_and_the_plan_is_based_on_it()
    {
        var (formation, tree) = await LoadAsync(app, SeedDate);

        tree.TotalOf(tree.Root).ShouldBe(new Fte(295.30m, 305.00m, 2980.90m));
        SeedFormation.ShouldHaveTheSeedChecks(formation.Findings);
        tree.Nodes.Count(n => n.BasicTeamId is not null).ShouldBe(10);
        tree.Nodes.Count(n => n.DistrictId is not null).ShouldBe(3);
        (await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == Plan).Select(p => p.StrengthFormationId).SingleAsync())).ShouldBe(formation.Id);
    }

    [Fact]
    public async Task Seed_text_previews_then_imports_once_replacing_the_formation_at_its_date()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (before, _) = await LoadAsync(app, SeedDate);
        var counts = await CountsAsync(app);

        var (_, unmapped) = await PreviewAsync(redacteur, SeedFormation.Text);
        Error(unmapped, "tekst-error")!.ShouldContain("Regel 9: de rij 'Politiechef'");
        unmapped.QuerySelector("select#koppeling-0")!.TextContent.ShouldContain("Eenheid Noord-Holland");
        var (_, preview) = await redacteur.SubmitAllAsync(unmapped, Koppelingen, "Controleren");

        preview.QuerySelector("#eenheid-totaal")!.TextContent.ShouldContain("aspirant 295,30, wijkagent 305,00, overig 2.980,90, totaal 3.581,20");
        preview.QuerySelector("[role=status]")!.TextContent.ShouldContain("vervangt");
        preview.QuerySelectorAll("tr[data-kind=rijtotaal-wijkt-af]").Length.ShouldBe(4);
        (await CountsAsync(app)).ShouldBe(counts);

        var (confirmed, confirmPage) = await redacteur.SubmitAllAsync(preview, new Dictionary<string, string>(), "Importeren");
        confirmPage.QuerySelector("[role=alert]")?.TextContent.Trim().ShouldBeNullOrEmpty();
        var (again, _) = await redacteur.SubmitAllAsync(preview, new Dictionary<string, string>(), "Importeren");

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirmed.Headers.Location!.ToString().ShouldBe($"{Url}?geimporteerd=2023-10-01");
        var (after, tree) = await LoadAsync(app, SeedDate);
        after.Id.ShouldBe(before.Id);
        after.ImportKey.ShouldNotBe(before.ImportKey);
        after.Source.ShouldBe("Geplakte tekst");
        tree.TotalOf(tree.Root).ShouldBe(new Fte(295.30m, 305.00m, 2980.90m));
        tree.TotalOf(tree.Root).Total.ShouldBe(3581.20m);
        SeedFormation.ShouldHaveTheSeedChecks(after.Findings);
        (await CountsAsync(app)).ShouldBe(counts);
    }

    [Fact]
    public async Task A_new_date_adds_a_formation_and_a_double_confirm_imports_it_once()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var counts = await CountsAsync(app);
        var text = SeedFormation.Text.Replace("1 okt. 2023", "1 okt. 2020");

        var (_, unmapped) = await PreviewAsync(redacteur, text);
        var (_, preview) = await redacteur.SubmitAllAsync(unmapped, Koppelingen, "Controleren");
        await redacteur.SubmitAllAsync(preview, new Dictionary<string, string>(), "Importeren");
        await redacteur.SubmitAllAsync(preview, new Dictionary<string, string>(), "Importeren");

        var (formation, tree) = await LoadAsync(app, new DateOnly(2020, 10, 1));
        (await CountsAsync(app)).ShouldBe((counts.Formations + 1, counts.Nodes + tree.Count, counts.Findings + formation.Findings.Count));
    }

    public static TheoryData<string, string> BadRows => new()
    {
        { "Basisteam Hoorn 17,00 36,00 1.38,10 191,10", "Regel 6: '1.38,10' bij 'Basisteam Hoorn' is geen getal" },
        { "Basisteam Hoorn 17,00 36,00 -138,10 191,10", "Regel 6: 'Basisteam Hoorn' heeft een negatief aantal fte" },
        { "Basisteam Hoorn 17,00 36,00", "Regel 6: 'Basisteam Hoorn' heeft 2 getallen, maar de tabel" },
        { "Basisteam Alkmaar 5,00 38,00 160,00 203,00", "Regel 6: 'Basisteam Alkmaar' staat twee keer in 'District Noord-Holland-Noord' (ook op regel 5)" },
        { "Basisteam Atlantis 17,00 36,00 138,10 191,10", "Regel 6: 'Basisteam Atlantis' is geen basisteam van de eenheid; bekend zijn Basisteam Den Helder, Basisteam Alkmaar" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_named_with_its_line_and_nothing_is_stored(string badRow, string message)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var counts = await CountsAsync(app);
        var text = "Politie Eenheid NH formatie per 1 okt. 2019\naspirant wijkagent overig totaal\nDistrict NHN\n"
            + "District Noord-Holland-Noord \u00A0 \u00A0 1,00 1,00\nBasisteam Alkmaar 5,00 38,00 160,00 203,00\n" + badRow
            + "\nDistrict Noord-Holland-Noord 22,00 74,00 299,10 395,10\nTotaal Districten 22,00 74,00 299,10 395,10\n";

        var (response, preview) = await PreviewAsync(redacteur, text);
        var (_, confirm) = await redacteur.SubmitAllAsync(preview, new Dictionary<string, string> { ["Input.ImportKey"] = Guid.NewGuid().ToString() }, "Importeren");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Error(preview, "tekst-error")!.ShouldContain(message);
        preview.QuerySelector("button[formaction*=Importeren]").ShouldBeNull();
        Error(confirm, "tekst-error")!.ShouldContain(message);
        (await CountsAsync(app)).ShouldBe(counts);
    }

    [Fact]
    public async Task Structured_csv_and_xlsx_give_back_the_same_formation()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (seedFormation, seed) = await LoadAsync(app, SeedDate);

        var (_, csvPreview) = await UploadAsync(redacteur, "formatie.csv", FormationSheets.Csv(seed), new() { ["Input.Peildatum"] = "2022-10-01" });
        csvPreview.QuerySelector("[role=alert]")?.TextContent.Trim().ShouldBeNullOrEmpty();
        var (csvDone, csvPage) = await redacteur.SubmitAllAsync(csvPreview, new Dictionary<string, string>(), "Importeren");
        csvPage.QuerySelector("[role=alert]")?.TextContent.Trim().ShouldBeNullOrEmpty();
        csvDone.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, xlsxPreview) = await UploadAsync(redacteur, "formatie.xlsx", FormationSheets.Xlsx(new Formation { ReferenceDate = new DateOnly(2021, 10, 1), Title = "test", Source = "test", ImportedBy = "test", Nodes = seedFormation.Nodes }), []);
        xlsxPreview.QuerySelector("[role=alert]")?.TextContent.Trim().ShouldBeNullOrEmpty();
        await redacteur.SubmitAllAsync(xlsxPreview, new Dictionary<string, string>(), "Importeren");

        foreach (var (date, file) in new[] { (new DateOnly(2022, 10, 1), "formatie.csv"), (new DateOnly(2021, 10, 1), "formatie.xlsx") })
        {
            var (formation, tree) = await LoadAsync(app, date);
            formation.Source.ShouldBe($"Bestand '{file}'");
            formation.Findings.ShouldBeEmpty();
            tree.Nodes.Select(n => (tree.PathOf(n), n.Kind, n.Own, n.BasicTeamId, n.DistrictId))
                .ShouldBe(seed.Nodes.Select(n => (seed.PathOf(n), n.Kind, n.Own, n.BasicTeamId, n.DistrictId)));
        }
    }

    [Fact]
    public async Task Wrong_columns_and_an_oversize_file_are_refused_in_Dutch_and_nothing_is_stored()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var counts = await CountsAsync(app);

        var (_, wrong) = await UploadAsync(redacteur, "f.csv", "Pad;Soort;Aspirant;Totaal\nEenheid Noord-Holland;eenheid;1;1\n"u8.ToArray(), new() { ["Input.Peildatum"] = "2018-10-01" });
        var (_, large) = await UploadAsync(redacteur, "f.csv", new byte[(1024 * 1024) + 1], new() { ["Input.Peildatum"] = "2018-10-01" });

        Error(wrong, "bestand-error")!.ShouldContain("Regel 1: de kolommen zijn 'Pad;Soort;Aspirant;Totaal'; verwacht: Pad;Soort;Regel;Aspirant;Wijkagent;Overig;Totaal");
        Error(large, "bestand-error")!.ShouldContain("is groter dan 1 MB");
        (await CountsAsync(app)).ShouldBe(counts);
    }
}
