using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Tests.Documents;

[Collection(DocumentsSite.Name)]
public class CouncilProposalTests(AppFactory app)
{
    [Fact]
    public async Task Bloemendaals_proposal_is_a_valid_docx_with_its_basisteam_and_the_plans_priorities_under_word_headings()
    {
        var (response, word) = await DemoPlan.DownloadAsync(app, Role.Redacteur, DemoPlan.Bloemendaal);

        response.Content.Headers.ContentType!.MediaType.ShouldBe(DemoPlan.DocxType);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe("raadsvoorstel-imv-2024-2027-bloemendaal.docx");
        word.ValidationErrors.ShouldBeEmpty();
        word.Title!.ShouldContain("Bloemendaal");
        word.Creator.ShouldBe("Beleidsplan");
        word.Text.ShouldContain("De raad van de gemeente Bloemendaal;");
        word.Text.ShouldContain("De politieleiding van ons basisteam Kennemer Kust informeert de raad éénmaal per jaar en zo nodig vaker.");
        word.Text.ShouldContain("kennis te nemen van het concept Integraal Meerjarenbeleidsplan Veiligheid Noord-Holland 2024-2027 van de Eenheid Noord-Holland; en");
        word.Text.ShouldContain("Wettelijke grondslag: Politiewet 2012, artikelen 38b en 39.");
        word.Text.ShouldContain("artikel 39 lid 1 van de Politiewet");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToAmsterdam().DateTime).ToString("d MMMM yyyy", DutchTime.Culture);
        word.Text.ShouldContain($"gelezen het voorstel van de burgemeester van {today};");
        word.Text.ShouldContain("9 november 2023"); // the adoption the demo records, in Dutch
        word.Lines.Where(l => l.InList).Select(l => l.Text).ShouldContain(t => t.StartsWith("de burgemeester te berichten dat de raad geen wensen en bedenkingen heeft", StringComparison.Ordinal));

        word.Headings("Heading1").ShouldBe(["Onderwerp", "Voorgesteld besluit", "Aanleiding en beoogd effect", "Politieke keuzeruimte", "Gedachtegang",
            "Overwegingen burgemeester", "Participatie", "Vervolgproces/evaluatie", "Bijlagen"]);
        word.Styles["Heading1"].ShouldBe("heading 1");
        word.Styles["Heading2"].ShouldBe("heading 2");
        var priorities = await DemoPlan.PrioritiesAsync(app);
        priorities.Count.ShouldBe(4);
        foreach (var (title, subThemes) in priorities)
        {
            word.Paragraph(title).Style.ShouldBe("Heading2");
            subThemes.ShouldNotBeEmpty();
            subThemes.ShouldAllBe(s => word.Lines.Any(l => l.InList && l.Text == s));
        }
    }

    [Fact]
    public async Task A_gemeente_user_downloads_its_own_proposal_only_and_sees_only_its_own_on_the_documents_page()
    {
        var haarlem = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");

        (await haarlem.Client.GetAsync(DemoPlan.Bloemendaal)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await haarlem.Client.GetAsync($"{DemoPlan.Documents}/raadsvoorstel/GM0392")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await haarlem.Client.GetAsync(DemoPlan.Letter)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (_, page) = await haarlem.GetAsync(DemoPlan.Documents);
        page.QuerySelectorAll("a[href*='/raadsvoorstel/']").Select(a => a.GetAttribute("href"))
            .ShouldBe([$"{DemoPlan.Documents}/raadsvoorstel/gm0392"]);
        page.QuerySelector($"a[href='{DemoPlan.Letter}']").ShouldBeNull();
        app.Logs.Messages.ShouldContain(e => e.Contains("raadsvoorstel van gemeente GM0377", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redacteur_sees_every_municipality_of_the_unit_and_the_letter_and_a_municipality_elsewhere_is_not_found()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await redacteur.GetAsync(DemoPlan.Documents);

        page.QuerySelectorAll("a[href*='/raadsvoorstel/']").Length.ShouldBe(32);
        page.QuerySelector($"a[href='{DemoPlan.Letter}']").ShouldNotBeNull();
        page.QuerySelector("table")!.TextContent.ShouldContain("Kennemer Kust");
        (await redacteur.Client.GetAsync($"{DemoPlan.Documents}/raadsvoorstel/GM9999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, dashboard) = await redacteur.GetAsync($"/werkruimte/plannen/{DemoPlan.Slug}");
        dashboard.QuerySelector($"a[href='{DemoPlan.Documents}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_proposal_carries_the_date_chosen_for_the_mayors_proposal_and_a_wrong_date_is_named_at_the_field()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, page) = await redacteur.GetAsync($"{DemoPlan.Documents}?datum=2023-08-22");
        var link = page.QuerySelector("a[href*='/raadsvoorstel/gm0377']")!.GetAttribute("href")!;
        link.ShouldBe($"{DemoPlan.Bloemendaal}?datum=2023-08-22");
        var word = WordFile.Read(await (await redacteur.Client.GetAsync(link)).Content.ReadAsByteArrayAsync());
        word.Text.ShouldContain("gelezen het voorstel van de burgemeester van 22 augustus 2023;");

        var wrong = await redacteur.Client.GetAsync($"{DemoPlan.Bloemendaal}?datum=31-02-2023");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (response, form) = await redacteur.GetAsync(wrong.Headers.Location!.OriginalString);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        form.QuerySelector("#datum-fout")!.TextContent.ShouldBe("Vul een geldige datum in, bijvoorbeeld 18-06-2018.");
        form.QuerySelector("a[href*='/raadsvoorstel/gm0377']")!.GetAttribute("href").ShouldBe(DemoPlan.Bloemendaal);
    }
}
