using System.Text;
using Beleidsplan.Web.Uploads;

namespace Beleidsplan.Tests.Uploads;

public class ContentSnifferTests
{
    public static TheoryData<string, byte[], string> Allowed => new()
    {
        { "pdf", TestFiles.Pdf, "application/pdf" },
        { "png", TestFiles.Png, "image/png" },
        { "jpeg", TestFiles.Jpeg, "image/jpeg" },
        { "docx", TestFiles.Docx(), FileKinds.Docx.ContentType },
        { "xlsx", TestFiles.Xlsx(), FileKinds.Xlsx.ContentType },
        { "pptx", TestFiles.Pptx(), FileKinds.Pptx.ContentType },
        { "odt", TestFiles.Odt(), FileKinds.Odt.ContentType },
        { "ods", TestFiles.Ods(), FileKinds.Ods.ContentType },
        { "text", TestFiles.Text, "text/plain; charset=utf-8" },
        { "text with BOM", [0xEF, 0xBB, 0xBF, .. TestFiles.Csv], "text/plain; charset=utf-8" },
    };

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "Windows program", TestFiles.Exe },
        { "ELF program", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] },
        { "GIF", Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00") },
        { "text with NUL", Encoding.UTF8.GetBytes("abc\0def") },
        { "UTF-16 text", Encoding.Unicode.GetBytes("Haarlem;Ondermijning") },
        { "Windows-1252 text", [0x48, 0x61, 0x61, 0x72, 0x6C, 0x65, 0x6D, 0x20, 0xE9, 0xE9, 0x6E] },
        { "UTF-8 cut off", [0x61, 0x62, 0xE2, 0x82] },
        { "plain ZIP", TestFiles.Zip(("readme.txt", "hallo")) },
        { "Word with macros", TestFiles.Docm() },
        { "docx types without its part", TestFiles.Zip(("[Content_Types].xml", "wordprocessingml.document.main+xml")) },
        { "OpenDocument of another kind", TestFiles.Zip(("mimetype", "application/vnd.oasis.opendocument.graphics")) },
        { "damaged ZIP", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_type_is_detected_from_its_bytes(string kind, byte[] content, string contentType)
    {
        using var stream = new MemoryStream(content);

        ContentSniffer.Detect(stream)?.ContentType.ShouldBe(contentType, kind);
        stream.Position.ShouldBe(0, "the caller reads the stream again");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_not_allowed(string kind, byte[] content)
    {
        using var stream = new MemoryStream(content);

        ContentSniffer.Detect(stream).ShouldBeNull(kind);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("svg")]
    [InlineData("<?xml version=\"1.0\"?><root/>")]
    [InlineData("Beste redactie,\n<script src=x></script>")]
    [InlineData("\uFEFF\n  <a href=\"javascript:alert(1)\">klik</a>")]
    public void Text_that_a_browser_could_render_as_a_page_or_image_is_markup(string text)
    {
        var content = text switch
        {
            "html" => TestFiles.Html,
            "svg" => TestFiles.Svg,
            _ => Encoding.UTF8.GetBytes(text),
        };

        ContentSniffer.Detect(new MemoryStream(content)).ShouldBe(FileKinds.Markup);
    }

    [Fact]
    public void Text_that_merely_mentions_a_less_than_sign_is_text()
    {
        var content = Encoding.UTF8.GetBytes("indicator;doel\nsignalen;< 25%\n");

        ContentSniffer.Detect(new MemoryStream(content)).ShouldBe(FileKinds.Text);
    }
}
