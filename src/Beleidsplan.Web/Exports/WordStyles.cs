using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beleidsplan.Web.Exports;

/// <summary>
/// The styles and list definitions of <see cref="WordDocument"/>. The heading styles carry Word's
/// built-in names ("heading 1") and an outline level: that is what makes Word treat them as headings
/// (navigation pane, table of contents) instead of as bold text.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListParagraph = "ListParagraph";

    private const int BulletList = 1;
    private const int NumberedList = 2;

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "20" },
                new FontSizeComplexScript { Val = "20" },
                new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph(Normal, "Normal", basedOn: null, isDefault: true),
        Paragraph(Title, "Title", Normal, size: "36", bold: true, spaceBefore: "0", spaceAfter: "240"),
        Paragraph(Heading1, "heading 1", Normal, size: "26", bold: true, spaceBefore: "360", spaceAfter: "120", outline: 0),
        Paragraph(Heading2, "heading 2", Normal, size: "22", bold: true, spaceBefore: "240", spaceAfter: "80", outline: 1),
        Paragraph(ListParagraph, "List Paragraph", Normal, spaceAfter: "60"));

    /// <summary>One bullet and one decimal definition; each list its own instance, so numbering restarts.</summary>
    public static Numbering Numbering(IReadOnlyList<bool> numberedLists)
    {
        var numbering = new Numbering(
            Abstract(BulletList, NumberFormatValues.Bullet, "•"),
            Abstract(NumberedList, NumberFormatValues.Decimal, "%1."));
        for (var i = 0; i < numberedLists.Count; i++)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = numberedLists[i] ? NumberedList : BulletList }) { NumberID = i + 1 };
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };

    /// <summary>Only the given sides: an attribute set to null would be written empty, which Word refuses.</summary>
    private static SpacingBetweenLines? Spacing(string? before, string? after)
    {
        if (before is null && after is null)
        {
            return null;
        }

        var spacing = new SpacingBetweenLines();
        if (before is not null)
        {
            spacing.Before = before;
        }

        if (after is not null)
        {
            spacing.After = after;
        }

        return spacing;
    }

    private static Style Paragraph(string id, string name, string? basedOn, string? size = null, bool bold = false,
        string? spaceBefore = null, string? spaceAfter = null, int? outline = null, bool isDefault = false)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? OnOffValue.FromBoolean(true) : null,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            NextParagraphStyle = new NextParagraphStyle { Val = Normal },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = new StyleParagraphProperties
            {
                KeepNext = outline is null ? null : new KeepNext(),
                SpacingBetweenLines = Spacing(spaceBefore, spaceAfter),
                OutlineLevel = outline is { } level ? new OutlineLevel { Val = level } : null,
            },
        };
        if (size is not null || bold)
        {
            style.StyleRunProperties = new StyleRunProperties
            {
                Bold = bold ? new Bold() : null,
                FontSize = size is null ? null : new FontSize { Val = size },
                FontSizeComplexScript = size is null ? null : new FontSizeComplexScript { Val = size },
            };
        }

        return style;
    }
}
