using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// The structured format as CSV text (`;` or `,`, BOM or not) or as an .xlsx (sheet "Formatie",
/// numeric cells or Dutch text numbers; sheet "Over" with the Peildatum), read into rows.
/// </summary>
public static class StructuredFiles
{
    /// <summary>Whether pasted or uploaded text is the structured format rather than tables from a PDF.</summary>
    public static bool IsStructured(string text) =>
        text.TrimStart('\uFEFF', ' ', '\r', '\n').StartsWith("Pad;", StringComparison.OrdinalIgnoreCase)
        || text.TrimStart('\uFEFF', ' ', '\r', '\n').StartsWith("Pad,", StringComparison.OrdinalIgnoreCase);

    public static List<(int Line, string[] Cells)> ReadCsv(string text)
    {
        text = text.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Contains(';') ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false, BadDataFound = null };
        using var parser = new CsvParser(new StringReader(text), config);
        var rows = new List<(int, string[])>();
        while (parser.Read())
        {
            rows.Add((parser.RawRow, parser.Record ?? []));
        }

        return rows;
    }

    /// <summary>The sheet "Formatie" as rows (row numbers as in the spreadsheet) and the Peildatum of sheet "Over".</summary>
    public static (List<(int Line, string[] Cells)> Rows, DateOnly? Date) ReadXlsx(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var book = document.WorkbookPart ?? throw new InvalidDataException("geen werkmap");
        var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheets = book.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        List<(int, string[])> Read(Sheet? sheet) => sheet?.Id?.Value is { } id && book.GetPartById(id) is WorksheetPart part
            ? part.Worksheet.Descendants<Row>().Select(r => ((int)(r.RowIndex?.Value ?? 0), Cells(r, strings))).ToList()
            : [];
        var rows = Read(sheets.FirstOrDefault(s => s.Name?.Value == "Formatie") ?? sheets.FirstOrDefault());
        DateOnly? date = null;
        foreach (var (_, cells) in Read(sheets.FirstOrDefault(s => s.Name?.Value == "Over")))
        {
            if (cells.Length > 1 && cells[0].Trim().Equals("Peildatum", StringComparison.OrdinalIgnoreCase))
            {
                date = DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : double.TryParse(cells[1].Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466
                        ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
            }
        }

        return (rows, date);
    }

    /// <summary>Rows back as structured CSV text (`;`), so a confirm form can carry an uploaded file.</summary>
    public static string ToCsv(IEnumerable<(int Line, string[] Cells)> rows)
    {
        var text = new StringBuilder();
        foreach (var (_, cells) in rows)
        {
            text.AppendJoin(';', cells.Select(c => c.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)).Append('\n');
        }

        return text.ToString();
    }

    private static string[] Cells(Row row, List<string> strings)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var index = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count < index)
            {
                cells.Add("");
            }

            cells.Add(Value(cell, strings));
        }

        return [.. cells];
    }

    private static string Value(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, out var i) && i < strings.Count ? strings[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if ((type is null || type == CellValues.Number) && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            // Numeric cells become Dutch text, the form the readers take ("2980,9").
            return number.ToString(CultureInfo.GetCultureInfo("nl-NL"));
        }

        return raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
