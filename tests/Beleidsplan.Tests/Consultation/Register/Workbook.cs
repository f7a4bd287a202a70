using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Beleidsplan.Tests.Consultation.Register;

/// <summary>A downloaded .xlsx read back with the Open XML SDK: each sheet's rows as texts, and its cells.</summary>
public sealed class Workbook
{
    private Workbook(Dictionary<string, List<Cell[]>> sheets) => Sheets = sheets;

    public Dictionary<string, List<Cell[]>> Sheets { get; }

    public static Workbook Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)part.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => (Cell)c.CloneNode(true)).ToArray()).ToList());
        return new Workbook(sheets);
    }

    public List<string[]> Rows(string sheet) => [.. Sheets[sheet].Select(r => r.Select(Text).ToArray())];

    public static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString
        ? cell.InlineString?.Text?.Text ?? ""
        : cell.CellValue?.Text ?? "";
}
