using System.Net;
using System.Text;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Beleidsplan.Tests.Strength.Views;

[Collection(StrengthViewsSite.Name)]
public class ExportTests(AppFactory app)
{
    private const string Formations = $"/werkruimte/plannen/{StrengthData.Plan}/sterkte/formaties";

    private static readonly string[] Header = ["Pad", "Soort", "Regel", "Aspirant", "Wijkagent", "Overig", "Totaal"];

    [Fact]
    public async Task The_xlsx_has_sheet_Formatie_in_the_structured_format_with_numeric_cells_and_sheet_Over()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2019, 10, 1), StrengthData.Small);
        var member = await TestUsers.SignedInAsync(app, Role.Bestuurder);

        var response = await member.Client.GetAsync($"{Formations}/2019-10-01/formatie.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["Formatie", "Over"]);
        var rows = Rows(workbook, sheets[0]);
        rows[0].Select(c => c.Text).ShouldBe(Header);
        // Unit (own 1 overig, not a leaf): eigen + totaal; the district likewise; a basisteam (leaf): eigen + totaal.
        rows[1].Select(c => c.Text).ShouldBe([StrengthData.Unit, "eenheid", "eigen", "0", "0", "1", "1"]);
        rows[2].Select(c => c.Text).ShouldBe([StrengthData.Unit, "eenheid", "totaal", "10.5", "32", "954.59", "997.09"]);
        rows[5].Select(c => c.Text).ShouldBe([StrengthData.DenHelder, "basisteam", "eigen", "4.5", "12", "80.25", "96.75"]);
        rows[5][3].Numeric.ShouldBeTrue();
        rows.Count.ShouldBe(1 + (7 * 2));
        var about = Rows(workbook, sheets[1]);
        about.Skip(1).Select(r => (r[0].Text, r[1].Text)).ShouldBe([("Peildatum", "2019-10-01"), ("Titel", "formatie per 1-10-2019"), ("Bron", "Testformatie")]);
    }

    [Fact]
    public async Task The_csv_is_semicolon_separated_UTF8_with_BOM_and_Dutch_decimal_commas()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2018, 10, 1),
            [(StrengthData.Unit, 0m, 0m, 0m), (StrengthData.Unit + " > Afdeling \"Noord\"; Zuid", 0m, 0m, 1980.9m)]);
        var member = await TestUsers.SignedInAsync(app, Role.Partner);

        var response = await member.Client.GetAsync($"{Formations}/2018-10-01/formatie.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(
        [
            "Pad;Soort;Regel;Aspirant;Wijkagent;Overig;Totaal",
            "Eenheid Noord-Holland;eenheid;totaal;0,00;0,00;1980,90;1980,90",
            "\"Eenheid Noord-Holland > Afdeling \"\"Noord\"\"; Zuid\";afdeling;eigen;0,00;0,00;1980,90;1980,90",
            "\"Eenheid Noord-Holland > Afdeling \"\"Noord\"\"; Zuid\";afdeling;totaal;0,00;0,00;1980,90;1980,90",
        ]);
    }

    [Fact]
    public async Task An_unknown_date_has_no_export()
    {
        var member = await TestUsers.SignedInAsync(app, Role.Partner);

        (await member.Client.GetAsync($"{Formations}/1990-01-01/formatie.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.Client.GetAsync($"{Formations}/1990-01-01/formatie.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record Value(string Text, bool Numeric);

    private static List<List<Value>> Rows(WorkbookPart workbook, Sheet sheet) =>
        ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString
                ? new Value(c.InlineString!.InnerText, false)
                : new Value(c.CellValue?.Text ?? "", c.DataType?.Value == CellValues.Number)).ToList())
            .ToList();

    [Fact]
    public async Task The_planned_changes_download_as_sheet_Wijzigingen()
    {
        var member = await TestUsers.SignedInAsync(app, Role.Partner);

        var response = await member.Client.GetAsync($"/werkruimte/plannen/{StrengthData.Plan}/sterkte/wijzigingen.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        sheet.Name!.Value.ShouldBe("Wijzigingen");
        var rows = Rows(document.WorkbookPart, sheet);
        rows[0].Select(c => c.Text).ShouldBe(["Pad", "Functie", "Schaal", "Categorie", "Fte", "Ingangsdatum", "Voorlopig", "Reden", "Besluit", "Besluitdatum"]);
        var alkmaar = rows.First(r => r[0].Text.EndsWith("Basisteam Alkmaar", StringComparison.Ordinal));
        alkmaar.Take(6).Select(c => c.Text).ShouldBe([StrengthData.Alkmaar, "Senior GGP Wijkagent", "8", "wijkagent", "3", "in de planperiode"]);
    }
}
