using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Beleidsplan.Web.Exports;

/// <summary>
/// Writes a workbook of plain tables with the Open XML SDK: a bold, frozen, filterable header row,
/// text as inline strings and moments as real Excel dates, so Excel and LibreOffice sort and filter them.
/// Text is never a formula: an inline string is not evaluated, and text that starts like a formula
/// (= + - @) also gets Excel's quote prefix, so editing the cell does not turn it into one (OWASP's
/// "CSV injection").
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DayStyle = 3;
    private const uint QuotedStyle = 4;

    /// <summary>The control characters Excel refuses (all but tab and line feed).</summary>
    private static readonly System.Buffers.SearchValues<char> Refused = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7f, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\t'))]);

    public sealed record Sheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? Widths = null);

    public static byte[] Write(params Sheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                WriteWorksheet(part, sheet);
                workbook.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Id = workbook.GetIdOfPart(part),
                    SheetId = id++,
                    Name = sheet.Name.Length > 31 ? sheet.Name[..31] : sheet.Name, // Excel's limit
                });
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Streams the sheet into its part row by row (no document tree of the whole sheet in memory), so a
    /// reactienota of ten thousand reactions stays within seconds and a few hundred megabytes.
    /// </summary>
    private static void WriteWorksheet(WorksheetPart part, Sheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        if (sheet.Widths is { Count: > 0 } widths)
        {
            writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        }

        writer.WriteStartElement(new SheetData());
        writer.WriteElement(new Row(sheet.Header.Select(h => Text(h, HeaderStyle))));
        var rowCount = 1;
        foreach (var row in sheet.Rows)
        {
            writer.WriteStartElement(new Row());
            foreach (var value in row)
            {
                writer.WriteElement(Cell(value));
            }

            writer.WriteEndElement();
            rowCount++;
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(sheet.Header.Count)}{rowCount}" });
        writer.WriteEndElement();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        DateTime moment => new Cell { CellValue = new CellValue(moment.ToOADate()), DataType = CellValues.Number, StyleIndex = DateStyle },
        DateTimeOffset moment => new Cell { CellValue = new CellValue(moment.DateTime.ToOADate()), DataType = CellValues.Number, StyleIndex = DateStyle },
        DateOnly day => new Cell { CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate()), DataType = CellValues.Number, StyleIndex = DayStyle },
        int or long or decimal or double => new Cell { CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        _ => Text(value.ToString() ?? "", LooksLikeFormula(value.ToString()) ? QuotedStyle : 0),
    };

    private static bool LooksLikeFormula(string? text) => text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Cell Text(string text, uint style) => new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>Excel refuses control characters and cells over 32,767 characters.</summary>
    private static string Clean(string text)
    {
        var clean = text.AsSpan().IndexOfAny(Refused) < 0
            ? text // the usual case, checked without copying
            : new string(text.Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray());
        return clean.Length > 32_767 ? clean[..32_760] + " […]" : clean;
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }, // 22: m/d/yyyy h:mm, localised by Excel
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }, // 14: a date, localised by Excel
            new CellFormat { QuotePrefix = true }));
}
