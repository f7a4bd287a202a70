using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>Reads YAML files and Markdown files with YAML front matter, reporting problems per file.</summary>
public sealed class ContentFile(string root, ImportErrors errors)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public string Root { get; } = root;

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public T? ReadYaml<T>(string path)
        where T : class => Parse<T>(path, File.ReadAllText(path));

    public (T? Meta, string Body) ReadMarkdown<T>(string path)
        where T : class
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            errors.Add(Relative(path), "het bestand begint niet met front matter ('---').");
            return (null, text);
        }

        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            errors.Add(Relative(path), "de front matter wordt niet afgesloten met '---'.");
            return (null, text);
        }

        var bodyStart = text.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        return (Parse<T>(path, text[4..end], lineOffset: 1), body.Trim()); // line 1 is the opening '---'.
    }

    private T? Parse<T>(string path, string yaml, int lineOffset = 0)
        where T : class
    {
        try
        {
            return Yaml.Deserialize<T>(yaml) ?? Activator.CreateInstance<T>();
        }
        catch (YamlException e)
        {
            errors.AddUnreadable(Relative(path), $"regel {e.Start.Line + lineOffset}: {Describe(e)}");
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
        if (message.Contains("not found on type", StringComparison.Ordinal))
        {
            var name = message.Split('\'')[1];
            return $"onbekend veld '{name}'.";
        }

        return message.Contains("Failed to create an instance", StringComparison.Ordinal)
            || message.Contains("Exception during deserialization", StringComparison.Ordinal)
            ? "een waarde heeft niet de juiste vorm (bijvoorbeeld tekst waar een getal of datum hoort)."
            : $"ongeldige YAML ({message}).";
    }
}
