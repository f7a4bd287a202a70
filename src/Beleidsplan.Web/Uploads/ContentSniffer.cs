using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Beleidsplan.Web.Uploads;

/// <summary>
/// Detects a file's type from its bytes, against the allowlist in <see cref="FileKinds"/>. The name and
/// the type the browser sends are never trusted: an .exe renamed to .pdf starts with "MZ" and is
/// refused. Hand-written; see docs/decisions/0006-upload-service.md for why.
/// </summary>
public static class ContentSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>C0 controls other than tab, line feed, form feed and carriage return: binary, not text.</summary>
    private static readonly SearchValues<byte> BinaryBytes =
        SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>Tags that make a browser (or an old one's sniffing) treat text as a page or an image.</summary>
    private static readonly string[] MarkupTags = ["<!doctype", "<html", "<head", "<body", "<script", "<iframe", "<svg", "<?xml", "<object", "<embed", "<style", "<meta"];

    /// <summary>The detected type, <see cref="FileKinds.Markup"/> for HTML-like text, or null when not allowed.</summary>
    public static FileKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..length];
        content.Position = 0;
        return head switch
        {
            _ when head.StartsWith(PdfMagic) => FileKinds.Pdf,
            _ when head.StartsWith(PngMagic) => FileKinds.Png,
            _ when head.StartsWith(JpegMagic) => FileKinds.Jpeg,
            _ when head.StartsWith(ZipMagic) => DetectZip(content),
            _ => DetectText(content),
        };
    }

    private static FileKind? DetectZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            // OpenDocument: the first entry is "mimetype", stored, holding the type (ODF 1.2 part 3, 3.3).
            if (zip.Entries.Count > 0 && zip.Entries[0].FullName == "mimetype")
            {
                return ReadSmall(zip.Entries[0]) switch
                {
                    "application/vnd.oasis.opendocument.text" => FileKinds.Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => FileKinds.Ods,
                    _ => null,
                };
            }

            // Office Open XML: [Content_Types].xml names the main part's type; macro-enabled and template
            // variants declare other types (…macroEnabled.main+xml) and so do not match.
            if (zip.GetEntry("[Content_Types].xml") is not { } types
                || zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var declared = ReadSmall(types) ?? "";
            (string Part, string Type, FileKind Kind)[] candidates =
            [
                ("word/document.xml", "wordprocessingml.document.main+xml", FileKinds.Docx),
                ("xl/workbook.xml", "spreadsheetml.sheet.main+xml", FileKinds.Xlsx),
                ("ppt/presentation.xml", "presentationml.presentation.main+xml", FileKinds.Pptx),
            ];
            return candidates.Where(c => zip.GetEntry(c.Part) is not null
                    && declared.Contains("application/vnd.openxmlformats-officedocument." + c.Type, StringComparison.Ordinal))
                .Select(c => c.Kind).FirstOrDefault();
        }
        catch (InvalidDataException)
        {
            return null; // a damaged or disguised archive
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>A small entry's text; null when it is too large to be what it claims (no zip bombs).</summary>
    private static string? ReadSmall(ZipArchiveEntry entry)
    {
        const int limit = 1024 * 1024;
        if (entry.Length > limit)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var buffer = new char[limit];
        var read = reader.ReadBlock(buffer, 0, limit);
        return new string(buffer, 0, read).Trim();
    }

    private static FileKind? DetectText(Stream content)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 1];
        var head = new StringBuilder();
        try
        {
            int read;
            while ((read = content.Read(bytes)) > 0)
            {
                if (bytes.AsSpan(0, read).ContainsAny(BinaryBytes))
                {
                    return null;
                }

                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                head.Append(chars, 0, Math.Min(count, Math.Max(0, 4096 - head.Length)));
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true); // throws on a sequence cut off at the end
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }

        var start = head.ToString().TrimStart('\uFEFF').TrimStart();
        var markup = start.StartsWith('<') || MarkupTags.Any(tag => start.Contains(tag, StringComparison.OrdinalIgnoreCase));
        return markup ? FileKinds.Markup : FileKinds.Text;
    }
}
