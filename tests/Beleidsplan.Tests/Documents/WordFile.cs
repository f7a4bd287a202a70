using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beleidsplan.Tests.Documents;

/// <summary>A downloaded .docx read back with the Open XML SDK: its paragraphs with their styles, its properties, its schema errors.</summary>
public sealed class WordFile
{
    public sealed record Line(string Text, string? Style, bool InList, IReadOnlyList<string> Highlighted);

    public required List<Line> Lines { get; init; }

    public required List<string> ValidationErrors { get; init; }

    /// <summary>Style id → style name, as Word's style gallery shows them.</summary>
    public required Dictionary<string, string> Styles { get; init; }

    public string? Title { get; init; }

    public string? Creator { get; init; }

    public string Text => string.Join("\n", Lines.Select(l => l.Text));

    public static WordFile Read(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        var lines = main.Document.Body!.Elements<Paragraph>().Select(p => new Line(
            p.InnerText,
            p.ParagraphProperties?.ParagraphStyleId?.Val?.Value,
            p.ParagraphProperties?.NumberingProperties is not null,
            [.. p.Descendants<Run>().Where(r => r.RunProperties?.Highlight is not null).Select(r => r.InnerText)])).ToList();
        return new WordFile
        {
            Lines = lines,
            ValidationErrors = [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")],
            Styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value!),
            Title = document.PackageProperties.Title,
            Creator = document.PackageProperties.Creator,
        };
    }

    public Line Paragraph(string text) => Lines.Single(l => l.Text == text);

    public List<string> Headings(string style) => [.. Lines.Where(l => l.Style == style).Select(l => l.Text)];
}
