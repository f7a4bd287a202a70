using System.Text.RegularExpressions;

namespace Beleidsplan.Web.Importing;

public static partial class Slugs
{
    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>The slug a file name gives: its name without extension and leading number.</summary>
    public static string FromFileName(string path) =>
        LeadingNumber().Replace(Path.GetFileNameWithoutExtension(path), "");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]+-")]
    private static partial Regex LeadingNumber();
}
