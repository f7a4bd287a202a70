using System.Diagnostics;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Xunit.Abstractions;

namespace Beleidsplan.Tests.Documents;

[Collection(DocumentsSite.Name)]
public class LibreOfficeConversionTests(AppFactory app, ITestOutputHelper output)
{
    [Fact]
    public async Task LibreOffice_converts_Bloemendaals_proposal_to_a_pdf_that_holds_the_municipality()
    {
        var user = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");
        var docx = await (await user.Client.GetAsync(DemoPlan.Bloemendaal)).Content.ReadAsByteArrayAsync();
        WordFile.Read(docx).ValidationErrors.ShouldBeEmpty();
        if (LibreOffice.Find() is not { } libreOffice)
        {
            // Only on a machine without LibreOffice and without the variable; scripts/test installs it and sets it.
            output.WriteLine($"LibreOffice is not installed: the PDF conversion was NOT checked. Install libreoffice-writer-nogui or set {LibreOffice.Variable}.");
            LibreOffice.Required.ShouldBeNull();
            return;
        }

        var pdf = await LibreOffice.ToPdfAsync(libreOffice, docx, TimeSpan.FromMinutes(3));

        pdf.Length.ShouldBeGreaterThan(1000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        if (LibreOffice.OnPath("pdftotext") is { } pdftotext)
        {
            var text = await PdfTextAsync(pdftotext, pdf);
            text.ShouldContain("Bloemendaal");
            text.ShouldContain("Kennemer Kust");
        }
    }

    private static async Task<string> PdfTextAsync(string pdftotext, byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"beleidsplan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(pdftotext) { RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { file, "-" } };
            return await LibreOffice.RunAsync(start, TimeSpan.FromMinutes(1));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
