using Beleidsplan.Web.Uploads;

namespace Beleidsplan.Tests.Uploads;

public class FileNamesTests
{
    [Theory]
    [InlineData("raadsvoorstel.pdf", "raadsvoorstel.pdf")]
    [InlineData("../../wwwroot/index.html", "index.html")]
    [InlineData("..\\..\\Windows\\system32\\cmd.txt", "cmd.txt")]
    [InlineData("C:\\Users\\griffie\\Besluit raad.docx", "Besluit raad.docx")]
    [InlineData("..", "bestand")]
    [InlineData("", "bestand")]
    [InlineData(".env", "env")]
    [InlineData("rapport\u202Efdp.exe", "rapportfdp.exe")]
    [InlineData("a\r\nContent-Type: evil.txt", "aContent-Type evil.txt")]
    [InlineData("zienswijze  \t gemeente.pdf. . ", "zienswijze gemeente.pdf")]
    [InlineData("wat?<is>*dit|\".txt", "watisdit.txt")]
    [InlineData("Besluit gemeente Súdwest-Fryslân.pdf", "Besluit gemeente Súdwest-Fryslân.pdf")]
    public void A_name_loses_its_path_and_anything_unsafe(string name, string expected) =>
        FileNames.Sanitise(name).ShouldBe(expected);

    [Fact]
    public void A_long_name_is_shortened_keeping_its_extension()
    {
        var name = FileNames.Sanitise(new string('a', 400) + ".xlsx");

        name.Length.ShouldBe(FileNames.MaxLength);
        name.ShouldEndWith("a.xlsx");
    }
}
