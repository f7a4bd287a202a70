namespace Beleidsplan.Web.Uploads;

/// <summary>A type of file the upload service accepts, as detected from its content.</summary>
/// <param name="ContentType">The type sent on download, never the one the browser claimed.</param>
/// <param name="Label">Dutch, short, for lists: "PDF".</param>
/// <param name="Description">Dutch, for messages: "een PDF-document".</param>
/// <param name="Extensions">The extensions a file of this type may have; the first is added when a name has none.</param>
public sealed record FileKind(string ContentType, string Label, string Description, params string[] Extensions);

/// <summary>The allowlist. Anything not here is refused, whatever its name or claimed type.</summary>
public static class FileKinds
{
    public static readonly FileKind Pdf = new("application/pdf", "PDF", "een PDF-document", ".pdf");
    public static readonly FileKind Png = new("image/png", "PNG", "een PNG-afbeelding", ".png");
    public static readonly FileKind Jpeg = new("image/jpeg", "JPEG", "een JPEG-afbeelding", ".jpg", ".jpeg");

    public static readonly FileKind Docx = new(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "een Word-document", ".docx");

    public static readonly FileKind Xlsx = new(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "een Excel-werkmap", ".xlsx");

    public static readonly FileKind Pptx = new(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint", "een PowerPoint-presentatie", ".pptx");

    public static readonly FileKind Odt = new("application/vnd.oasis.opendocument.text", "OpenDocument-tekst", "een OpenDocument-tekst", ".odt");
    public static readonly FileKind Ods = new("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-rekenblad", "een OpenDocument-rekenblad", ".ods");
    public static readonly FileKind Text = new("text/plain; charset=utf-8", "Tekst", "platte tekst", ".txt");
    public static readonly FileKind Csv = new("text/csv; charset=utf-8", "CSV", "een CSV-bestand", ".csv");

    /// <summary>Text that a browser could take for a web page or an SVG image: refused, not stored.</summary>
    public static readonly FileKind Markup = new("text/html", "HTML", "HTML- of XML-opmaak");

    public const string AllowedText =
        "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods) "
        + "en tekst of CSV in UTF-8 (in Excel: opslaan als 'CSV UTF-8')";

    public static readonly IReadOnlyList<FileKind> Allowed = [Pdf, Png, Jpeg, Docx, Xlsx, Pptx, Odt, Ods, Text, Csv];

    /// <summary>The short Dutch label of a stored content type, for lists.</summary>
    public static string LabelOf(string contentType) =>
        Allowed.FirstOrDefault(k => k.ContentType == contentType)?.Label ?? contentType;

    /// <summary>A size as Dutch readers write it: "532 bytes", "48 kB", "1,4 MB".</summary>
    public static string SizeText(long bytes)
    {
        var dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        return bytes switch
        {
            < 1024 => $"{bytes} bytes",
            < 1024 * 1024 => string.Create(dutch, $"{bytes / 1024.0:0} kB"),
            _ => string.Create(dutch, $"{bytes / 1024.0 / 1024.0:0.0} MB"),
        };
    }
}
