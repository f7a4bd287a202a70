using System.IO.Compression;
using System.Text;

namespace Beleidsplan.Tests.Uploads;

/// <summary>Small files of each kind, built as the real programs lay them out (magic bytes, ZIP parts).</summary>
public static class TestFiles
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    /// <summary>A Windows program: "MZ" and the DOS stub.</summary>
    public static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.")];

    public static readonly byte[] Text = Encoding.UTF8.GetBytes("Reactie van de gemeente Haarlem\nWij zijn het eens met prioriteit één.\n");

    public static readonly byte[] Csv = Encoding.UTF8.GetBytes("gemeente;prioriteit;aantal\nHaarlem;Ondermijning;2.980,90\n");

    public static readonly byte[] Html = Encoding.UTF8.GetBytes("  <!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    public static byte[] Docx() => OfficeXml("word/document.xml", "wordprocessingml.document.main+xml");

    public static byte[] Xlsx() => OfficeXml("xl/workbook.xml", "spreadsheetml.sheet.main+xml");

    public static byte[] Pptx() => OfficeXml("ppt/presentation.xml", "presentationml.presentation.main+xml");

    /// <summary>Word with macros: the same layout, another main content type.</summary>
    public static byte[] Docm() => Zip(("[Content_Types].xml", ContentTypes("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml")), ("word/document.xml", "<w:document/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] Ods() => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>"));

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static byte[] OfficeXml(string part, string type) =>
        Zip(("[Content_Types].xml", ContentTypes(part, "application/vnd.openxmlformats-officedocument." + type)), ("_rels/.rels", "<Relationships/>"), (part, "<root/>"));

    private static string ContentTypes(string part, string type) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{part}" ContentType="{type}"/></Types>""";
}
