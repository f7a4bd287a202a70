using Beleidsplan.Web.Data;
using Beleidsplan.Web.Uploads;
using Microsoft.Extensions.Configuration;

namespace Beleidsplan.Tests.Uploads;

public class UploadOptionsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "beleidsplan-tests", "content-root");

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void By_default_files_go_to_data_uploads_under_the_content_root_up_to_20_MB()
    {
        var options = UploadOptions.Read(Settings(), Root, Path.Combine(Root, "wwwroot"));

        options.Folder.ShouldBe(Path.Combine(Root, "data", "uploads"));
        options.MaxBytes.ShouldBe(20 * 1024 * 1024);
        options.MaxText.ShouldBe("20 MB");
        Directory.Exists(options.Folder).ShouldBeTrue();
    }

    [Theory]
    [InlineData("wwwroot")]
    [InlineData("wwwroot/uploads")]
    [InlineData("data/../wwwroot/./files")]
    public void A_folder_inside_the_web_root_stops_the_app(string folder)
    {
        var error = Should.Throw<ConfigurationException>(() =>
            UploadOptions.Read(Settings(("Uploads:Folder", folder)), Root, Path.Combine(Root, "wwwroot")));

        error.Message.ShouldContain("ligt in de webmap");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("20MB")]
    public void A_size_that_is_not_a_positive_number_of_bytes_stops_the_app(string value) =>
        Should.Throw<ConfigurationException>(() => UploadOptions.Read(Settings(("Uploads:MaxBytes", value)), Root, null))
            .Message.ShouldContain("Uploads:MaxBytes");
}
