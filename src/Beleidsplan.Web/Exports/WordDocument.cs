using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beleidsplan.Web.Exports;

/// <summary>
/// Builds a plain Word document with the Open XML SDK: real Heading styles (so Word's navigation pane
/// and LibreOffice's navigator list the sections), real bulleted and numbered lists, and document
/// properties. Text in square brackets is a placeholder the municipality fills in: it is highlighted,
/// so nobody sends a proposal with "[datum vaststelling]" still in it unnoticed.
/// </summary>
public sealed partial class WordDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly Body body = new();
    private readonly List<bool> lists = []; // per list: numbered (true) or bulleted

    public WordDocument Title(string text) => Add(Styled(WordStyles.Title, text));

    public WordDocument Heading(string text, int level = 1) =>
        Add(Styled(level == 1 ? WordStyles.Heading1 : WordStyles.Heading2, text));

    public WordDocument Paragraph(string text, bool bold = false) => Add(new Paragraph(Runs(text, bold)));

    /// <summary>Paragraphs of plain text, each with its line breaks folded into spaces.</summary>
    public WordDocument Paragraphs(IEnumerable<string> blocks)
    {
        foreach (var block in blocks.Select(b => Whitespace().Replace(b, " ").Trim()).Where(b => b.Length > 0))
        {
            Paragraph(block);
        }

        return this;
    }

    public WordDocument Bullets(IEnumerable<string> items) => List(items, numbered: false);

    public WordDocument Numbered(IEnumerable<string> items) => List(items, numbered: true);

    /// <summary>The .docx; <paramref name="title"/> becomes the document's title property.</summary>
    public byte[] Save(string title, string subject, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            if (lists.Count > 0)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordStyles.Numbering(lists);
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U }, // A4
                new PageMargin { Top = 1417, Right = 1417U, Bottom = 1417, Left = 1417U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
            document.PackageProperties.Title = XmlSafe(title);
            document.PackageProperties.Subject = XmlSafe(subject);
            document.PackageProperties.Creator = "Beleidsplan";
            document.PackageProperties.Language = "nl-NL";
            document.PackageProperties.Created = now.UtcDateTime;
            document.PackageProperties.Modified = now.UtcDateTime;
        }

        return stream.ToArray();
    }

    private WordDocument List(IEnumerable<string> items, bool numbered)
    {
        lists.Add(numbered);
        var numberingId = lists.Count; // a list of its own, so numbering restarts at 1
        foreach (var item in items)
        {
            var properties = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.ListParagraph },
                NumberingProperties = new NumberingProperties(
                    new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId }),
            };
            Add(new Paragraph(Runs(item, bold: false).Prepend(properties)));
        }

        return this;
    }

    private WordDocument Add(Paragraph paragraph)
    {
        body.Append(paragraph);
        return this;
    }

    private static Paragraph Styled(string style, string text) =>
        new(Runs(text, bold: false).Prepend(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } }));

    /// <summary>The text as runs, each placeholder ([...]) a highlighted run of its own.</summary>
    private static IEnumerable<OpenXmlElement> Runs(string text, bool bold)
    {
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(text))
        {
            if (placeholder.Index > at)
            {
                yield return Run(text[at..placeholder.Index], bold, highlight: false);
            }

            yield return Run(placeholder.Value, bold, highlight: true);
            at = placeholder.Index + placeholder.Length;
        }

        if (at < text.Length || text.Length == 0)
        {
            yield return Run(text[at..], bold, highlight: false);
        }
    }

    private static Run Run(string text, bool bold, bool highlight)
    {
        var run = new Run();
        if (bold || highlight)
        {
            run.RunProperties = new RunProperties
            {
                Bold = bold ? new Bold() : null,
                Highlight = highlight ? new Highlight { Val = HighlightColorValues.Yellow } : null,
            };
        }

        run.Append(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>
    /// User text may hold characters XML cannot carry (e.g. U+0001 pasted from another program); the SDK
    /// would write them into an invalid document or throw. They are dropped; valid surrogate pairs stay.
    /// </summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var safe = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i, 2);
                i++;
            }
        }

        return safe.ToString();
    }

    [GeneratedRegex(@"\[[^\[\]]+\]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
