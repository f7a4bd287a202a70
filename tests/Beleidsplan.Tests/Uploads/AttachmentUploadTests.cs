using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Beleidsplan.Tests.Uploads.AttachmentPages;

namespace Beleidsplan.Tests.Uploads;

[Collection(DemoSite.Name)]
public class AttachmentUploadTests(AppFactory app)
{
    public static TheoryData<string, byte[], string> Allowed => new()
    {
        { ".pdf", TestFiles.Pdf, "application/pdf" },
        { ".png", TestFiles.Png, "image/png" },
        { ".jpeg", TestFiles.Jpeg, "image/jpeg" },
        { ".docx", TestFiles.Docx(), FileKinds.Docx.ContentType },
        { ".xlsx", TestFiles.Xlsx(), FileKinds.Xlsx.ContentType },
        { ".pptx", TestFiles.Pptx(), FileKinds.Pptx.ContentType },
        { ".odt", TestFiles.Odt(), FileKinds.Odt.ContentType },
        { ".ods", TestFiles.Ods(), FileKinds.Ods.ContentType },
        { ".txt", TestFiles.Text, "text/plain; charset=utf-8" },
        { ".csv", TestFiles.Csv, "text/csv; charset=utf-8" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task An_allowed_file_is_stored_and_downloaded_byte_for_byte_as_an_attachment(string extension, byte[] content, string contentType)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var name = UniqueName(extension);

        var (response, page) = await UploadAsync(redacteur, name, content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Error(page).ShouldBeNull();
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain($"'{name}' is toegevoegd");
        var download = await redacteur.Client.GetAsync(LinkTo(page, name));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(content);
        download.Content.Headers.ContentType!.ToString().ShouldBe(contentType);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe(name);
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_in_Dutch_and_a_far_larger_request_is_not_even_read()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var justOver = new byte[(1024 * 1024) + 1];
        TestFiles.Pdf.CopyTo(justOver, 0);
        var name = UniqueName(".pdf");

        var (_, page) = await UploadAsync(redacteur, name, justOver);
        var (tooLarge, statusPage) = await UploadAsync(redacteur, UniqueName(".pdf"), new byte[3 * 1024 * 1024]);

        Error(page).ShouldBe($"'{name}' is groter dan 1 MB. Kies een kleiner bestand.");
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        statusPage.QuerySelector("h1")!.TextContent.ShouldBe("Bestand te groot");
        statusPage.QuerySelector("main")!.TextContent.ShouldContain("hooguit 1 MB");
        (await app.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Name == name))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("programma.pdf", "exe", "is geen toegestaan bestandstype")]
    [InlineData("pagina.txt", "html", "bevat HTML- of XML-opmaak")]
    [InlineData("logo.png", "svg", "bevat HTML- of XML-opmaak")]
    [InlineData("foto.pdf", "png", "is een PNG-afbeelding, maar de naam eindigt op .pdf")]
    [InlineData("macro.docx", "docm", "is geen toegestaan bestandstype")]
    public async Task A_file_whose_content_is_not_what_is_allowed_or_named_is_refused(string name, string content, string message)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var bytes = content switch
        {
            "exe" => TestFiles.Exe,
            "html" => TestFiles.Html,
            "svg" => TestFiles.Svg,
            "png" => TestFiles.Png,
            _ => TestFiles.Docm(),
        };
        var before = await app.WithDbAsync(db => db.StoredFiles.CountAsync());

        var (response, page) = await UploadAsync(redacteur, name, bytes);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Error(page)!.ShouldContain(message);
        (await app.WithDbAsync(db => db.StoredFiles.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_path_in_the_name_is_dropped_and_the_file_lands_outside_the_web_root_under_its_id()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var name = UniqueName(".txt");

        var (_, page) = await UploadAsync(redacteur, "../../wwwroot/" + name, TestFiles.Text);

        var link = LinkTo(page, name);
        link.ShouldNotBeNull();
        var stored = await app.WithDbAsync(db => db.StoredFiles.SingleAsync(f => f.Name == name));
        using var scope = app.Services.CreateScope();
        var path = scope.ServiceProvider.GetRequiredService<UploadStore>().PathOf(stored.Id);
        var webRoot = scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        (await File.ReadAllBytesAsync(path)).ShouldBe(TestFiles.Text);
        Path.GetFileName(path).ShouldBe(stored.Id.ToString("N"));
        path.ShouldNotStartWith(webRoot);
        Directory.EnumerateFiles(webRoot, "bijlage-*", SearchOption.AllDirectories).ShouldBeEmpty();
        stored.Sha256.ShouldBe(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(TestFiles.Text)).ToLowerInvariant());
    }
}
