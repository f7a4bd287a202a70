using System.Net;
using Beleidsplan.Tests.Consultation.Register;
using Beleidsplan.Tests.Infrastructure;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;

namespace Beleidsplan.Tests.Strength.Publication;

[Collection(PublicationSite.Name)]
public class WorkbookTests(AppFactory app)
{
    [Fact]
    public async Task The_public_workbook_has_a_sheet_per_level_the_changes_and_the_norm_with_numbers_as_numbers()
    {
        await TestFormation.EnsureAsync(app);

        var response = await app.CreateClient().GetAsync("/plannen/imv-noord-holland-2024-2027/sterkteverdeling.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var book = Workbook.Read(await response.Content.ReadAsByteArrayAsync());
        book.Sheets.Keys.ShouldBe(["Eenheid", "1. District Noord-Holland-Noord", "2. District Kennemerland", "Wijzigingen", "Norm"]);
        var unit = book.Rows("Eenheid");
        unit[0].ShouldBe(["Onderdeel", "Soort", "Aspirant", "Wijkagent", "Overig", "Totaal"]);
        unit[^1].ShouldBe(["Totaal Eenheid Noord-Holland", "Eenheid", "22.25", "75", "2334.25", "2431.5"]);
        book.Sheets["Eenheid"][^1][5].DataType?.Value.ShouldBe(CellValues.Number);
        book.Rows("1. District Noord-Holland-Noord").Select(r => r[0]).ShouldBe(
            ["Onderdeel", "District Noord-Holland-Noord (eigen formatie)", "Basisteam Alkmaar", "Basisteam Den Helder", "Totaal District Noord-Holland-Noord"]);
        var changes = book.Rows("Wijzigingen");
        changes.Count.ShouldBe(4);
        changes.Skip(1).Sum(r => decimal.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(65m);
        var norm = book.Rows("Norm");
        norm.Count.ShouldBe(1 + 1 + 3 + 10);
        norm[1][6].ShouldBe("Onbekend");
    }
}
