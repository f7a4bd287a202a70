using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Strength.Publication;

[Collection(PublicationSite.Name)]
public class InhabitantsImportTests(AppFactory app)
{
    private const string Url = "/werkruimte/plannen/imv-noord-holland-2024-2027/sterkte/inwoners";

    private static async Task<(HttpResponseMessage Response, IDocument Page)> UploadAsync(Browser browser, string csv, string? date = null, byte[]? raw = null)
    {
        var (_, page) = await browser.GetAsync(Url);
        var form = page.QuerySelector("form.inhabitants-upload")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null))
        {
            body.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        body.Add(new StringContent(date ?? ""), "ReferenceDate");
        var file = new ByteArrayContent(raw ?? Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "Upload", "inwoners.csv");
        return await Browser.ReadAsync(await browser.Client.PostAsync(Url, body));
    }

    private Task<Dictionary<string, (int?, DateOnly?)>> FiguresAsync() => app.WithDbAsync(db => db.Municipalities
        .ToDictionaryAsync(m => m.CbsCode, m => (m.Inhabitants, m.InhabitantsReferenceDate)));

    [Fact]
    public async Task A_csv_with_a_date_column_sets_the_figures_and_shows_old_and_new()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var csv = "\uFEFFcbs_code;naam;inwoners;inwoners_peildatum\nGM0392 ;Haarlem;168000;2025-01-01\nGM0473;Zandvoort;;\n";

        var (response, page) = await UploadAsync(redacteur, csv);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("1 inwonertallen ingelezen");
        var haarlem = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Haarlem");
        haarlem.QuerySelectorAll("td.num").Select(c => c.TextContent).ShouldBe(["167.763", "168.000"]);
        var zandvoort = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Zandvoort");
        zandvoort.TextContent.ShouldContain("Geen aantal in het bestand");
        var figures = await FiguresAsync();
        figures["GM0392"].ShouldBe((168_000, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public async Task Without_a_date_column_the_forms_date_is_used_and_commas_separate()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await UploadAsync(redacteur, "RegioS,inwoners\nGM0361  ,112311\n", "2024-01-01");

        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("1 inwonertallen ingelezen");
        (await FiguresAsync())["GM0361"].ShouldBe((112_311, new DateOnly(2024, 1, 1)));
    }

    [Theory]
    [InlineData("cbs_code;inwoners;peildatum\nGM0392;170000;2025-01-01\nGM9999;5;2025-01-01\n", "Regel 3: ‘GM9999’ is geen CBS-code van een gemeente van deze eenheid.")]
    [InlineData("cbs_code;inwoners;peildatum\nGM0392;170000;2025-01-01\nGM0473;veel;2025-01-01\n", "Regel 3: ‘veel’ bij GM0473 is geen geheel aantal inwoners.")]
    [InlineData("cbs_code;inwoners;peildatum\nGM0392;170000;2025-01-01\nGM0473;-5;2025-01-01\n", "Regel 3: het aantal inwoners van GM0473 is negatief (-5).")]
    [InlineData("cbs_code;inwoners;peildatum\nGM0392;170000;2025-01-01\nGM0473;17000;1 januari\n", "Regel 3: ‘1 januari’ bij GM0473 is geen datum")]
    [InlineData("gemeente;aantal\nGM0392;170000\n", "Regel 1: de kolommen ‘cbs_code’ (of ‘gemeentecode’, ‘RegioS’) en ‘inwoners’ ontbreken.")]
    [InlineData("cbs_code;inwoners\nGM0392;170000\n", "vul de peildatum in het formulier in")]
    public async Task A_bad_row_is_named_and_nothing_is_stored(string csv, string message)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var before = await FiguresAsync();

        var (response, page) = await UploadAsync(redacteur, csv);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#upload-error")!.TextContent.ShouldStartWith("Niets ingelezen");
        page.QuerySelector("#inwoners-fouten")!.TextContent.ShouldContain(message);
        (await FiguresAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_is_refused_with_the_limit_named()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var before = await FiguresAsync();
        var big = Encoding.UTF8.GetBytes("cbs_code;inwoners;peildatum\n" + new string('x', (1024 * 1024) + 10));

        var (_, page) = await UploadAsync(redacteur, "", raw: big);

        page.QuerySelector("#upload-error")!.TextContent.ShouldBe("'inwoners.csv' is groter dan 1 MB. Kies een kleiner bestand.");
        (await FiguresAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_public_norm_shows_the_imported_figure_at_once()
    {
        await TestFormation.EnsureAsync(app);
        const string publicUrl = "/plannen/imv-noord-holland-2024-2027/sterkteverdeling";
        static string Alkmaar(IDocument page) => page.QuerySelectorAll("#tabel-norm tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Basisteam Alkmaar").QuerySelector("td.num")!.TextContent;
        Alkmaar((await app.GetPageAsync(publicUrl)).Document).ShouldBe("202.919"); // now in the output cache
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        await UploadAsync(redacteur, "cbs_code;inwoners;peildatum\nGM0399;25306;2024-01-01\n");

        Alkmaar((await app.GetPageAsync(publicUrl)).Document).ShouldBe("203.919");
    }

    [Fact]
    public async Task A_gemeente_user_cannot_import()
    {
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");

        var (response, _) = await gemeente.GetAsync(Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
