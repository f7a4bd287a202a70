using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Documents;

[Collection(DocumentsSite.Name)]
public class RegionalMayorLetterTests(AppFactory app)
{
    [Fact]
    public async Task The_letter_addresses_the_councils_with_every_theme_and_is_signed_by_the_regioburgemeester()
    {
        var (response, word) = await DemoPlan.DownloadAsync(app, Role.Bestuurder, DemoPlan.Letter);

        response.Content.Headers.ContentType!.MediaType.ShouldBe(DemoPlan.DocxType);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe("brief-regioburgemeester-imv-2024-2027.docx");
        word.ValidationErrors.ShouldBeEmpty();
        word.Creator.ShouldBe("Beleidsplan");
        word.Text.ShouldContain("Geachte gemeenteraadsleden,");
        word.Paragraph("Vaststelling thema's IMV 2024-2027").Style.ShouldBe("Heading1");
        word.Paragraph("Planning").Style.ShouldBe("Heading1");
        foreach (var (title, subThemes) in await DemoPlan.PrioritiesAsync(app))
        {
            word.Paragraph(title).Style.ShouldBe("Heading2");
            subThemes.ShouldAllBe(s => word.Lines.Any(l => l.InList && l.Text == s));
        }

        var closing = word.Lines.SkipWhile(l => l.Text != "Hoogachtend,").Select(l => l.Text).ToList();
        closing.ShouldBe(["Hoogachtend,", "Drs. J. Wienen", "Regioburgemeester Eenheid Noord-Holland"]);
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.Beheerder)]
    public async Task Only_redacteuren_and_bestuurders_get_the_letter(Role role)
    {
        var user = await TestUsers.SignedInAsync(app, role, municipality: role == Role.Gemeente ? "Bloemendaal" : null);

        (await user.Client.GetAsync(DemoPlan.Letter)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
