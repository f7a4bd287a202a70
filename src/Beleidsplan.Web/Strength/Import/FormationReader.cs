namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// One entry for every source: pasted tables, structured CSV text or an .xlsx. The page, the demo
/// loader and tests all read through here, so they run the same reader and checks.
/// </summary>
public static class FormationReader
{
    /// <summary>Pasted text or CSV text: structured when its first line is the header "Pad;Soort;…".</summary>
    public static FormationDraft ReadText(string text, ImportOptions options) =>
        StructuredFiles.IsStructured(text)
            ? StructuredReader.Read(StructuredFiles.ReadCsv(text), options)
            : PastedTextReader.Read(text, options);

    /// <summary>An .xlsx in the structured format; the date comes from its sheet "Over".</summary>
    public static FormationDraft ReadXlsx(Stream stream, ImportOptions options)
    {
        var (rows, date) = StructuredFiles.ReadXlsx(stream);
        var draft = StructuredReader.Read(rows, options);
        draft.ReferenceDate ??= date;
        return draft;
    }
}
